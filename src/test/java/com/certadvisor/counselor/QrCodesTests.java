package com.certadvisor.counselor;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.certadvisor.counselor.QrCodes.QrCode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link QrCodes}: every code is read back with ZXing's own reader.
 */
class QrCodesTests {

	/** The longest kind of student link: every question answered and suggested. */
	static final String LONG_LINK = "https://advisor.example-school.edu/?setting=outpatient&role=billing-specialist"
			+ "&experience=outpatient&education=coding-course&depth=prefer-not&timeline=within-year"
			+ "&goal=specialize-outpatient&membership=none&counselor=setting%3Aoutpatient%2Crole%3Abilling-specialist"
			+ "%2Cexperience%3Aoutpatient%2Ceducation%3Acoding-course%2Cdepth%3Aprefer-not%2Ctimeline%3Awithin-year"
			+ "%2Cgoal%3Aspecialize-outpatient%2Cmembership%3Anone";

	static final String SHORT_LINK = "http://localhost/?setting=inpatient&counselor=setting%3Ainpatient";

	/** The moves {@link QrCodes} writes: one rectangle per run of dark modules. */
	private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1H\\1z");

	private final QrCodes qrCodes = new QrCodes();

	/** The QR version of {@code code}: version v is 17 + 4v modules across. */
	static int version(QrCode code) {
		return (code.size() - 2 * QrCodes.QUIET_ZONE - 17) / 4;
	}

	/** Reads the QR code in {@code image} as ZXing's reader sees it. */
	static String decode(BufferedImage image) {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return new MultiFormatReader()
				.decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)))
				.getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("no QR code found", ex);
		}
	}

	static BufferedImage image(byte[] png) {
		try {
			return ImageIO.read(new ByteArrayInputStream(png));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Document xml(String svg) {
		try {
			return DocumentBuilderFactory.newDefaultNSInstance()
				.newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + svg, ex);
		}
	}

	/** Reads the QR code an SVG document draws, as a scanner would read it printed. */
	static String decodeSvg(String svg) {
		Element root = xml(svg).getDocumentElement();
		int size = Integer.parseInt(root.getAttribute("viewBox").split(" ")[2]);
		String path = ((Element) root.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d");
		return decode(draw(size, path, 6));
	}

	/** Draws a path of {@link #RUN runs} as a scanner would see the printed code. */
	static BufferedImage draw(int size, String path, int pixelsPerModule) {
		BufferedImage image = new BufferedImage(size * pixelsPerModule, size * pixelsPerModule,
				BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.setColor(Color.BLACK);
		Matcher run = RUN.matcher(path);
		int end = 0;
		while (run.find()) {
			assertThat(run.start()).as("path is only runs of modules").isEqualTo(end);
			end = run.end();
			graphics.fillRect(Integer.parseInt(run.group(1)) * pixelsPerModule,
					Integer.parseInt(run.group(2)) * pixelsPerModule, Integer.parseInt(run.group(3)) * pixelsPerModule,
					pixelsPerModule);
		}
		assertThat(end).as("path is only runs of modules").isEqualTo(path.length());
		graphics.dispose();
		return image;
	}

	@Nested
	class Png {

		@Test
		void decodesToTheLink() {
			assertThat(decode(image(QrCodesTests.this.qrCodes.png(SHORT_LINK)))).isEqualTo(SHORT_LINK);
		}

		@Test
		void decodesToTheLongestStudentLink() {
			assertThat(decode(image(QrCodesTests.this.qrCodes.png(LONG_LINK)))).isEqualTo(LONG_LINK);
		}

		@Test
		void isLargeEnoughToProject() {
			BufferedImage image = image(QrCodesTests.this.qrCodes.png(LONG_LINK));
			assertThat(image.getWidth()).isEqualTo(QrCodes.PNG_SIZE);
			assertThat(image.getHeight()).isEqualTo(QrCodes.PNG_SIZE);
		}

		@Test
		void keepsAQuietZoneOfFourModulesAroundTheCode() {
			QrCode code = QrCodesTests.this.qrCodes.encode(SHORT_LINK);
			int scale = QrCodes.PNG_SIZE / code.size();
			int border = (QrCodes.PNG_SIZE - code.size() * scale) / 2 + QrCodes.QUIET_ZONE * scale;
			BufferedImage image = image(QrCodesTests.this.qrCodes.png(SHORT_LINK));
			for (int i = 0; i < QrCodes.PNG_SIZE; i++) {
				for (int edge : new int[] { 0, border - 1, QrCodes.PNG_SIZE - border, QrCodes.PNG_SIZE - 1 }) {
					assertThat(image.getRGB(i, edge)).as("pixel %d,%d", i, edge).isEqualTo(Color.WHITE.getRGB());
					assertThat(image.getRGB(edge, i)).as("pixel %d,%d", edge, i).isEqualTo(Color.WHITE.getRGB());
				}
			}
			assertThat(image.getRGB(border, border)).as("the finder pattern's corner").isEqualTo(Color.BLACK.getRGB());
		}

	}

	@Nested
	class Svg {

		@Test
		void isOneScalablePathOfTheDarkModulesWithAViewBox() {
			Document svg = xml(QrCodesTests.this.qrCodes.svg(SHORT_LINK));
			Element root = svg.getDocumentElement();
			assertThat(root.getLocalName()).isEqualTo("svg");
			assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
			assertThat(root.getAttribute("viewBox")).matches("0 0 (\\d+) \\1");
			assertThat(root.hasAttribute("width")).as("no fixed width").isFalse();
			assertThat(root.getElementsByTagNameNS("*", "path").getLength()).isEqualTo(1);
			Element path = (Element) root.getElementsByTagNameNS("*", "path").item(0);
			assertThat(path.getAttribute("d")).isNotBlank().startsWith("M");
		}

		@Test
		void decodesToTheLinkWhenDrawn() {
			assertThat(decodeSvg(QrCodesTests.this.qrCodes.svg(LONG_LINK))).isEqualTo(LONG_LINK);
		}

	}

	@Nested
	class Encoding {

		@Test
		void drawsTheSameCodeForTheSameText() {
			assertThat(QrCodesTests.this.qrCodes.encode(SHORT_LINK))
				.isEqualTo(QrCodesTests.this.qrCodes.encode(SHORT_LINK));
		}

		@Test
		void growsWithTheTextButStaysSmallEnoughToScan() {
			QrCode small = QrCodesTests.this.qrCodes.encode(SHORT_LINK);
			QrCode large = QrCodesTests.this.qrCodes.encode(LONG_LINK);
			assertThat(small.size()).isLessThan(large.size());
			assertThat(QrCodes.PNG_SIZE / large.size()).as("pixels per module in the PNG").isGreaterThanOrEqualTo(10);
			assertThat(large.viewBox()).isEqualTo("0 0 " + large.size() + " " + large.size());
		}

		@Test
		void aShortLinkOnALongPublicAddressIsAtMostVersion4AtMediumErrorCorrection() {
			assertThat(QrCodes.ERROR_CORRECTION).isEqualTo(ErrorCorrectionLevel.M);
			String longest = "https://advisor.example-school.edu/s/12AS-T6X7";
			QrCode code = QrCodesTests.this.qrCodes.encode(longest);
			assertThat(version(code)).isLessThanOrEqualTo(4);
			assertThat(decodeSvg(QrCodesTests.this.qrCodes.svg(longest))).isEqualTo(longest);
			assertThat(version(QrCodesTests.this.qrCodes.encode(LONG_LINK))).isGreaterThan(10);
		}

		@Test
		void leavesTheQuietZoneEmpty() {
			QrCode code = QrCodesTests.this.qrCodes.encode(SHORT_LINK);
			Matcher run = RUN.matcher(code.path());
			while (run.find()) {
				int x = Integer.parseInt(run.group(1));
				int y = Integer.parseInt(run.group(2));
				int length = Integer.parseInt(run.group(3));
				assertThat(x).isGreaterThanOrEqualTo(QrCodes.QUIET_ZONE);
				assertThat(y).isBetween(QrCodes.QUIET_ZONE, code.size() - QrCodes.QUIET_ZONE - 1);
				assertThat(x + length).isLessThanOrEqualTo(code.size() - QrCodes.QUIET_ZONE);
			}
		}

		@Test
		void rejectsNoText() {
			assertThatIllegalArgumentException().isThrownBy(() -> QrCodesTests.this.qrCodes.png(""));
			assertThatIllegalArgumentException().isThrownBy(() -> QrCodesTests.this.qrCodes.encode(null));
		}

		@Test
		void rejectsTextTooLongForAnyCode() {
			assertThatIllegalArgumentException().isThrownBy(() -> QrCodesTests.this.qrCodes.svg("x".repeat(5000)));
		}

	}

}
