package com.certadvisor.classes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import com.certadvisor.codes.ClassIds;
import com.certadvisor.codes.CrockfordBase32;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The two secrets of a class summary. Its id goes into the students' link, so it is short
 * and only hard to guess; its key opens the counselor's summary, so it carries 130 random
 * bits, is stored only as a SHA-256 hash and is compared in constant time. Both are
 * written in lower-case Crockford base 32, which survives being read aloud and retyped.
 */
public final class ClassKeys {

	/** 26 symbols: 130 random bits, at least the 128 a key must have. */
	public static final int KEY_SYMBOLS = 26;

	private static final String ALPHABET = CrockfordBase32.ALPHABET.toLowerCase(Locale.ROOT);

	private final SecureRandom random;

	public ClassKeys(SecureRandom random) {
		this.random = random;
	}

	public String newId() {
		return randomSymbols(ClassIds.SYMBOLS);
	}

	public String newKey() {
		return randomSymbols(KEY_SYMBOLS);
	}

	/**
	 * Whether {@code text} could be an id: the right length and symbols, nothing else.
	 */
	public static boolean isId(String text) {
		return ClassIds.isId(text);
	}

	/** Whether {@code text} could be a key. */
	public static boolean isKey(String text) {
		return matches(text, KEY_SYMBOLS);
	}

	/** What is stored of a key: its SHA-256, in hex. */
	public static String hash(String key) {
		return DigestUtils.sha256Hex(key);
	}

	/**
	 * Whether {@code key} is the one {@code storedHash} was made from, in time that does
	 * not depend on where they differ.
	 */
	public static boolean opens(String key, String storedHash) {
		return MessageDigest.isEqual(hash(key).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

	private String randomSymbols(int count) {
		StringBuilder symbols = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			symbols.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return symbols.toString();
	}

	private static boolean matches(String text, int length) {
		return text != null && text.length() == length && text.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0);
	}

}
