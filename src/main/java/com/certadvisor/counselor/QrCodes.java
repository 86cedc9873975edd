package com.certadvisor.counselor;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.stereotype.Component;

/**
 * QR codes of links: a PNG large enough to project in a classroom, and an SVG (one path
 * of the dark modules) that stays sharp at any size. Plain Java, no web types.
 */
@Component
public class QrCodes {

	/** Width and height of the PNG, in pixels. */
	static final int PNG_SIZE = 1024;

	/** The light border, in modules, that scanners need around the code. */
	static final int QUIET_ZONE = 4;

	/**
	 * Medium error correction: survives a smudged print or a glare on the projector while
	 * keeping modules large for long links.
	 */
	static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.M;

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION, ERROR_CORRECTION,
			EncodeHintType.MARGIN, QUIET_ZONE);

	/** The code of {@code text}, ready to draw as SVG. */
	public QrCode encode(String text) {
		BitMatrix modules = modules(text);
		int size = modules.getWidth();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < size; y++) {
			int x = 0;
			while (x < size) {
				if (!modules.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < size && modules.get(x, y)) {
					x++;
				}
				path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1H");
				path.append(start).append('z');
			}
		}
		return new QrCode(size, path.toString());
	}

	/** A standalone SVG document of the code of {@code text}. */
	public String svg(String text) {
		QrCode code = encode(text);
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="%s" shape-rendering="crispEdges">\
				<rect width="100%%" height="100%%" fill="#fff"/><path fill="#000" d="%s"/></svg>
				""".formatted(code.viewBox(), code.path());
	}

	/**
	 * A PNG of the code of {@code text}, {@value #PNG_SIZE} pixels square, every module
	 * the same whole number of pixels.
	 */
	public byte[] png(String text) {
		BitMatrix modules = modules(text);
		int size = modules.getWidth();
		int scale = Math.max(1, PNG_SIZE / size);
		int pixels = Math.max(PNG_SIZE, size * scale);
		int offset = (pixels - size * scale) / 2;
		BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_BINARY);
		WritableRaster raster = image.getRaster();
		for (int y = 0; y < pixels; y++) {
			for (int x = 0; x < pixels; x++) {
				int column = (x - offset) / scale;
				int row = (y - offset) / scale;
				boolean dark = x >= offset && y >= offset && column < size && row < size && modules.get(column, row);
				raster.setSample(x, y, 0, dark ? 0 : 1);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** One bit per module, the quiet zone included. */
	private BitMatrix modules(String text) {
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("a QR code needs some text");
		}
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode " + text.length() + " characters as a QR code", ex);
		}
	}

	/**
	 * A QR code as SVG drawing data.
	 *
	 * @param size modules across, the quiet zone included
	 * @param path one SVG path of every dark module, one unit per module
	 */
	public record QrCode(int size, String path) {

		/** The SVG {@code viewBox} that shows the whole code and its quiet zone. */
		public String viewBox() {
			return "0 0 " + this.size + " " + this.size;
		}

	}

}
