package com.certadvisor.codes;

import java.util.OptionalInt;

/**
 * Douglas Crockford's base 32: digits and letters without I, L, O and U, read in any
 * case, with I and L read as 1 and O as 0, so that what people mistype most is no typo at
 * all. Its check symbol is a weighted sum over GF(32): every symbol's weight is a
 * distinct power of a primitive element, so one wrong symbol, or two different symbols
 * swapped anywhere in a code of up to 31 symbols, always changes the sum.
 */
public final class CrockfordBase32 {

	/** The 32 symbols, in the order of their values. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** x^5 + x^2 + 1, a primitive polynomial of degree 5: x generates all of GF(32)*. */
	private static final int MODULUS = 0b100101;

	private static final int PRIMITIVE = 0b00010;

	private CrockfordBase32() {
	}

	/** The value of one typed symbol, or nothing if it is not one. */
	public static OptionalInt digit(char typed) {
		char symbol = switch (Character.toUpperCase(typed)) {
			case 'I', 'L' -> '1';
			case 'O' -> '0';
			default -> Character.toUpperCase(typed);
		};
		int value = ALPHABET.indexOf(symbol);
		return (value < 0 || typed > 'z') ? OptionalInt.empty() : OptionalInt.of(value);
	}

	public static char symbol(int digit) {
		return ALPHABET.charAt(digit);
	}

	/** {@code count} symbols writing {@code number}, most significant first. */
	public static String write(long number, int count) {
		char[] symbols = new char[count];
		long rest = number;
		for (int i = count - 1; i >= 0; i--) {
			symbols[i] = symbol((int) (rest & 31));
			rest >>>= 5;
		}
		if (rest != 0) {
			throw new IllegalArgumentException(number + " needs more than " + count + " symbols");
		}
		return new String(symbols);
	}

	/**
	 * The check symbol of {@code digits}: their sum, the last weighted by x, the one
	 * before it by x^2 and so on. Written after them, with weight 1, it makes the whole
	 * sum zero.
	 */
	public static int check(int[] digits) {
		int sum = 0;
		int weight = PRIMITIVE;
		for (int i = digits.length - 1; i >= 0; i--) {
			sum ^= multiply(digits[i], weight);
			weight = multiply(weight, PRIMITIVE);
		}
		return sum;
	}

	/** Product in GF(32): carry-less multiplication reduced by the modulus. */
	static int multiply(int a, int b) {
		int product = 0;
		int shifted = a;
		for (int bits = b; bits != 0; bits >>>= 1) {
			if ((bits & 1) != 0) {
				product ^= shifted;
			}
			shifted <<= 1;
			if ((shifted & 32) != 0) {
				shifted ^= MODULUS;
			}
		}
		return product;
	}

}
