package com.certadvisor.classes;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The token each opt-in form carries: an HMAC-SHA256, under a server secret, of the class
 * id, the answers and the day. A forged cross-site POST cannot make one, and since it
 * depends on nothing finer than the day, the result page that holds the form stays
 * cacheable. A token from yesterday is still taken, for a form opened before midnight.
 */
public final class SubmissionTokens {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec secret;

	/**
	 * @param secret at least 32 bytes, from configuration
	 */
	public SubmissionTokens(byte[] secret) {
		if (secret == null || secret.length < 32) {
			throw new IllegalArgumentException("the submission secret needs at least 32 bytes");
		}
		this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
	}

	/**
	 * The token for a result of {@code answers} sent to {@code classId} on {@code day}.
	 */
	public String token(String classId, String answers, LocalDate day) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.secret);
			byte[] signed = mac.doFinal((classId + "\n" + answers + "\n" + day).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("every Java runtime has " + ALGORITHM, ex);
		}
	}

	/** Whether {@code token} was made for these on {@code today} or the day before. */
	public boolean accepts(@Nullable String token, String classId, String answers, LocalDate today) {
		if (token == null) {
			return false;
		}
		byte[] given = token.getBytes(StandardCharsets.US_ASCII);
		boolean current = MessageDigest.isEqual(given,
				token(classId, answers, today).getBytes(StandardCharsets.US_ASCII));
		boolean yesterday = MessageDigest.isEqual(given,
				token(classId, answers, today.minusDays(1)).getBytes(StandardCharsets.US_ASCII));
		return current | yesterday;
	}

}
