package dev.stockroom.platform.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import dev.stockroom.platform.error.BusyException;
import dev.stockroom.platform.media.UploadedImages.InvalidImageException;
import dev.stockroom.platform.media.UploadedImages.ReencodedImage;
import dev.stockroom.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UploadedImagesTests {

	private final UploadedImages images = new UploadedImages(
			new ImageProperties(25_000_000, 2, Duration.ofSeconds(2), 200));

	@Test
	void reencodesAPngAndMakesAThumbnail200PixelsWide() throws IOException {
		ReencodedImage image = this.images.reencode(TestImages.png(400, 300));

		assertThat(image.extension()).isEqualTo("png");
		assertThat(image.contentType()).isEqualTo("image/png");
		BufferedImage full = read(image.image());
		assertThat(full.getWidth()).isEqualTo(400);
		assertThat(full.getHeight()).isEqualTo(300);
		BufferedImage thumbnail = read(image.thumbnail());
		assertThat(thumbnail.getWidth()).isEqualTo(200);
		assertThat(thumbnail.getHeight()).isEqualTo(150);
	}

	@Test
	void keepsAJpegAJpeg() throws IOException {
		ReencodedImage image = this.images.reencode(TestImages.image("jpeg", 50, 40));

		assertThat(image.extension()).isEqualTo("jpg");
		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertThat(read(image.image()).getWidth()).isEqualTo(50);
		// A narrow image is not enlarged for its thumbnail.
		assertThat(read(image.thumbnail()).getWidth()).isEqualTo(50);
	}

	@Test
	void turnsAGifIntoAPng() {
		ReencodedImage image = this.images.reencode(TestImages.image("gif", 30, 30));

		assertThat(image.contentType()).isEqualTo("image/png");
	}

	// A valid PNG with an HTML page appended: browsers that sniff would render the page.
	// Re-encoding keeps the pixels and nothing else.
	@Test
	void dropsWhatAPolyglotCarriesAfterTheImage() {
		byte[] polyglot = concat(TestImages.png(10, 10),
				"<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII));

		ReencodedImage image = this.images.reencode(polyglot);

		assertThat(new String(image.image(), StandardCharsets.ISO_8859_1)).doesNotContain("<script")
			.doesNotContain("<html");
		assertThat(new String(image.thumbnail(), StandardCharsets.ISO_8859_1)).doesNotContain("<script");
	}

	@Test
	void refusesMoreThan25MillionPixelsNamingTheLimit() {
		assertThatExceptionOfType(UploadedImages.ImageTooLargeException.class)
			.isThrownBy(() -> this.images.reencode(TestImages.blankPng(6000, 6000)))
			.withMessageContaining("6000 × 6000")
			.withMessageContaining("at most 25,000,000 pixels");
	}

	@Test
	void accepts5000By5000AndMakesItsThumbnailBySubsampling() throws IOException {
		ReencodedImage image = this.images.reencode(TestImages.blankPng(5000, 5000));

		assertThat(image.width()).isEqualTo(5000);
		assertThat(read(image.thumbnail()).getWidth()).isEqualTo(200);
		assertThat(read(image.thumbnail()).getHeight()).isEqualTo(200);
	}

	@Test
	void refusesAtOnceWhileAsManyImagesAsAllowedAreBeingProcessed() throws InterruptedException {
		this.images.permits().acquire(2);
		try {
			assertThatExceptionOfType(BusyException.class)
				.isThrownBy(() -> this.images.reencode(TestImages.png(10, 10)))
				.satisfies((ex) -> assertThat(ex.getRetryAfterSeconds()).isEqualTo(2));
		}
		finally {
			this.images.permits().release(2);
		}
		assertThat(this.images.reencode(TestImages.png(10, 10)).width()).isEqualTo(10);
	}

	// 60 000 × 60 000 pixels would take 14 GB to decode; the header alone says so.
	@Test
	void refusesADecompressionBombFromItsHeaderAlone() {
		byte[] bomb = withDimensions(TestImages.png(10, 10), 60_000, 60_000);

		assertThatExceptionOfType(InvalidImageException.class).isThrownBy(() -> this.images.reencode(bomb))
			.withMessageContaining("60000 × 60000");
	}

	@Test
	void refusesWhatIsNoImageWhateverItIsCalled() {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);

		assertThatExceptionOfType(InvalidImageException.class).isThrownBy(() -> this.images.reencode(html))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("file"));
	}

	@Test
	void refusesATruncatedImage() {
		byte[] png = TestImages.png(100, 100);

		assertThatExceptionOfType(InvalidImageException.class)
			.isThrownBy(() -> this.images.reencode(Arrays.copyOf(png, 60)));
	}

	@Test
	void refusesFormatsNotOnTheListEvenIfImageIoReadsThem() {
		assertThatExceptionOfType(InvalidImageException.class)
			.isThrownBy(() -> this.images.reencode(TestImages.image("bmp", 10, 10)));
	}

	private static BufferedImage read(byte[] bytes) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	// Rewrites the PNG's IHDR chunk (right after the 8-byte signature: length, "IHDR",
	// width, height, ...) with other dimensions and a matching CRC.
	static byte[] withDimensions(byte[] png, int width, int height) {
		byte[] copy = png.clone();
		ByteBuffer buffer = ByteBuffer.wrap(copy);
		buffer.putInt(16, width);
		buffer.putInt(20, height);
		CRC32 crc = new CRC32();
		crc.update(copy, 12, 4 + 13);
		buffer.putInt(12 + 4 + 13, (int) crc.getValue());
		return copy;
	}

}
