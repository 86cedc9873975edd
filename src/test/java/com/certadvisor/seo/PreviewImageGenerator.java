package com.certadvisor.seo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import com.certadvisor.i18n.Languages;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Draws the link preview images (1200×630, one per page kind and language) and the site's
 * icons into {@code src/main/resources/static}, from the texts in
 * {@code messages*.properties}. Run after changing those texts or the mark:
 * {@code ./mvnw -q test-compile && java -cp "target/test-classes:target/classes:$(cat cp.txt)"
 * com.certadvisor.seo.PreviewImageGenerator}. Each preview keeps the texts it was drawn
 * from in a PNG text chunk, so {@code PreviewImagesTests} can tell when one is stale.
 */
public final class PreviewImageGenerator {

	static final Path STATIC = Path.of("src/main/resources/static");

	/** The PNG text chunk that holds what a preview says. */
	static final String TEXTS = "cert-advisor-texts";

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	private static final Color BRAND = new Color(0x0b4f6c);

	private static final Color ACCENT = new Color(0xf6c90e);

	private static final String FONT = "DejaVu Sans";

	private PreviewImageGenerator() {
	}

	public static void main(String[] args) throws IOException {
		ResourceBundleMessageSource messages = messages();
		Files.createDirectories(STATIC.resolve("previews"));
		for (PageKind kind : PageKind.values()) {
			for (String language : Languages.SUPPORTED) {
				Locale locale = Locale.forLanguageTag(language);
				String title = messages.getMessage(kind.messages() + ".title", null, locale);
				String footer = messages.getMessage("preview.footer", null, locale);
				Files.write(STATIC.resolve("previews").resolve(kind.previewImage(language)),
						png(preview(title, footer), texts(title, footer)));
			}
		}
		Files.write(STATIC.resolve("apple-touch-icon.png"), png(mark(180, false), null));
		Files.write(STATIC.resolve("favicon.ico"), ico(List.of(16, 32, 48)));
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** What a preview says, as its text chunk holds it. */
	static String texts(String title, String footer) {
		return title + "\n" + footer;
	}

	private static BufferedImage preview(String title, String footer) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = smooth(image);
		g.setColor(BRAND);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.translate(72, 64);
		drawMark(g, 72, true);
		g.translate(-72, -64);
		g.setColor(Color.WHITE);
		g.setFont(new Font(FONT, Font.BOLD, 40));
		g.drawString("Cert Advisor", 168, 114);
		Font headline = new Font(FONT, Font.BOLD, 64);
		List<String> lines = wrap(title, g.getFontMetrics(headline), WIDTH - 144);
		if (lines.size() > 3) {
			headline = new Font(FONT, Font.BOLD, 52);
			lines = wrap(title, g.getFontMetrics(headline), WIDTH - 144);
		}
		g.setFont(headline);
		FontMetrics metrics = g.getFontMetrics();
		int y = 250;
		for (String line : lines) {
			g.drawString(line, 72, y);
			y += metrics.getHeight();
		}
		g.setColor(ACCENT);
		g.fillRect(72, 500, 160, 10);
		g.setColor(Color.WHITE);
		g.setFont(new Font(FONT, Font.PLAIN, 32));
		g.drawString(footer, 72, 566);
		g.dispose();
		return image;
	}

	private static List<String> wrap(String text, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(longer) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(longer);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	/** The mark of {@code icon.svg}, {@code size} pixels square. */
	static BufferedImage mark(int size, boolean transparent) {
		BufferedImage image = new BufferedImage(size, size,
				transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = smooth(image);
		if (!transparent) {
			g.setColor(BRAND);
			g.fillRect(0, 0, size, size);
		}
		drawMark(g, size, transparent);
		g.dispose();
		return image;
	}

	/** {@code icon.svg}'s 64-unit drawing at {@code size} pixels. */
	private static void drawMark(Graphics2D g, int size, boolean rounded) {
		Graphics2D unit = (Graphics2D) g.create();
		unit.scale(size / 64.0, size / 64.0);
		unit.setColor(BRAND);
		unit.fill(rounded ? new RoundRectangle2D.Double(0, 0, 64, 64, 28, 28)
				: new java.awt.geom.Rectangle2D.Double(0, 0, 64, 64));
		Path2D check = new Path2D.Double();
		check.moveTo(17, 33);
		check.lineTo(27, 43);
		check.lineTo(47, 21);
		unit.setColor(Color.WHITE);
		unit.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		unit.draw(check);
		unit.setColor(ACCENT);
		unit.fill(new Ellipse2D.Double(43, 42, 12, 12));
		unit.dispose();
	}

	private static Graphics2D smooth(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		return g;
	}

	/** A PNG of {@code image}, with {@code texts} in a text chunk if given. */
	static byte[] png(BufferedImage image, String texts) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
		if (texts != null) {
			IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
			entry.setAttribute("keyword", TEXTS);
			entry.setAttribute("compressionFlag", "FALSE");
			entry.setAttribute("compressionMethod", "0");
			entry.setAttribute("languageTag", "");
			entry.setAttribute("translatedKeyword", "");
			entry.setAttribute("text", texts);
			IIOMetadataNode chunk = new IIOMetadataNode("iTXt");
			chunk.appendChild(entry);
			IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
			root.appendChild(chunk);
			metadata.mergeTree("javax_imageio_png_1.0", root);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(new IIOImage(image, null, metadata));
		}
		writer.dispose();
		return out.toByteArray();
	}

	/** An ICO file holding one PNG per size, as every browser since 2007 reads it. */
	private static byte[] ico(List<Integer> sizes) throws IOException {
		List<byte[]> images = new ArrayList<>();
		for (int size : sizes) {
			images.add(png(mark(size, true), null));
		}
		int offset = 6 + 16 * sizes.size();
		ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
		header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
		for (int i = 0; i < sizes.size(); i++) {
			header.put((byte) (sizes.get(i) % 256)).put((byte) (sizes.get(i) % 256)).put((byte) 0).put((byte) 0);
			header.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
			offset += images.get(i).length;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(header.array());
		for (byte[] image : images) {
			out.write(image);
		}
		return out.toByteArray();
	}

}
