package com.certadvisor.seo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import com.certadvisor.i18n.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.NodeList;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed preview images and icons: the right sizes, and each preview drawn from
 * today's texts. If one fails, run {@link PreviewImageGenerator} and commit what it drew.
 */
class PreviewImagesTests {

	private static final ResourceBundleMessageSource MESSAGES = PreviewImageGenerator.messages();

	@ParameterizedTest
	@EnumSource(PageKind.class)
	void eachKindHasAPreviewPerLanguageDrawnFromTodaysTexts(PageKind kind) throws IOException {
		for (String language : Languages.SUPPORTED) {
			Path file = PreviewImageGenerator.STATIC.resolve("previews").resolve(kind.previewImage(language));
			Locale locale = Locale.forLanguageTag(language);
			String expected = PreviewImageGenerator.texts(MESSAGES.getMessage(kind.messages() + ".title", null, locale),
					MESSAGES.getMessage("preview.footer", null, locale));
			try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
				ImageReader reader = ImageIO.getImageReaders(in).next();
				reader.setInput(in);
				assertThat(reader.getWidth(0)).as(file.toString()).isEqualTo(PreviewImageGenerator.WIDTH);
				assertThat(reader.getHeight(0)).as(file.toString()).isEqualTo(PreviewImageGenerator.HEIGHT);
				IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
				NodeList entries = root.getElementsByTagName("iTXtEntry");
				assertThat(entries.getLength()).as(file + " has no texts: run PreviewImageGenerator").isEqualTo(1);
				assertThat(((IIOMetadataNode) entries.item(0)).getAttribute("text"))
					.as(file + " is stale: run PreviewImageGenerator")
					.isEqualTo(expected);
			}
		}
	}

	@Test
	void theAppleTouchIconIsOpaqueAnd180PixelsSquare() throws IOException {
		BufferedImage icon = ImageIO.read(PreviewImageGenerator.STATIC.resolve("apple-touch-icon.png").toFile());
		assertThat(icon.getWidth()).isEqualTo(180);
		assertThat(icon.getHeight()).isEqualTo(180);
		assertThat(icon.getColorModel().hasAlpha()).isFalse();
	}

	@Test
	void theFaviconHoldsA16A32AndA48PixelPng() throws IOException {
		byte[] ico = Files.readAllBytes(PreviewImageGenerator.STATIC.resolve("favicon.ico"));
		ByteBuffer header = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(header.getShort(0)).isZero();
		assertThat(header.getShort(2)).isEqualTo((short) 1);
		assertThat(header.getShort(4)).isEqualTo((short) 3);
		for (int i = 0; i < 3; i++) {
			int entry = 6 + 16 * i;
			int size = ico[entry] & 0xff;
			int length = header.getInt(entry + 8);
			int offset = header.getInt(entry + 12);
			try (InputStream png = new java.io.ByteArrayInputStream(ico, offset, length)) {
				BufferedImage image = ImageIO.read(png);
				assertThat(image.getWidth()).isEqualTo(size);
				assertThat(image.getHeight()).isEqualTo(size);
			}
			assertThat(size).isIn(16, 32, 48);
		}
	}

	@Test
	void theSvgIconIsTheBrandSquareOn64Units() throws IOException {
		String svg = Files.readString(PreviewImageGenerator.STATIC.resolve("icon.svg"));
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">")
			.contains("fill=\"#0b4f6c\"");
	}

}
