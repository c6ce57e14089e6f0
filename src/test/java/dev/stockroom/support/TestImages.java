package dev.stockroom.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Real image files for upload tests, drawn on the spot. */
public final class TestImages {

	private TestImages() {
	}

	/**
	 * @param format an ImageIO format name: {@code png}, {@code jpeg}, {@code gif}
	 * @param width the width
	 * @param height the height
	 * @return the encoded file
	 */
	public static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.BLUE);
		graphics.fillOval(0, 0, width / 2 + 1, height / 2 + 1);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] png(int width, int height) {
		return image("png", width, height);
	}

	/**
	 * A large PNG that is tiny on disk: one bit a pixel, all of them blank but a line, so
	 * that it compresses to a few kilobytes (6000 × 6000 takes about 4 KB), as the
	 * decompression bombs of a real attack do.
	 * @param width the width
	 * @param height the height
	 * @return the encoded file
	 */
	public static byte[] blankPng(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.drawLine(0, 0, width - 1, height - 1);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A multipart upload for a MockMvc request built with {@code put(...)} or
	 * {@code post(...)}: sets the content type and adds the part, as a browser's form
	 * would send it.
	 * @param field the form field, e.g. {@code file}
	 * @param filename the file name the client claims
	 * @param content the file
	 * @return the post-processor
	 */
	public static RequestPostProcessor upload(String field, String filename, byte[] content) {
		return (request) -> {
			request.setContentType(MediaType.MULTIPART_FORM_DATA_VALUE + "; boundary=test");
			MockPart part = new MockPart(field, filename, content);
			part.getHeaders().setContentType(MediaType.IMAGE_PNG);
			request.addPart(part);
			return request;
		};
	}

}
