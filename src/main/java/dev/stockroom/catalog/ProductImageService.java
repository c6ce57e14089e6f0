package dev.stockroom.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.catalog.api.ProductImageResponse;
import dev.stockroom.catalog.domain.Product;
import dev.stockroom.catalog.domain.ProductNotFoundException;
import dev.stockroom.catalog.domain.ProductRepository;
import dev.stockroom.platform.error.BusyException;
import dev.stockroom.platform.http.RequestLimitProperties;
import dev.stockroom.platform.media.MediaKeys;
import dev.stockroom.platform.media.MediaStorage;
import dev.stockroom.platform.media.UploadedImages;
import dev.stockroom.platform.media.UploadedImages.InvalidImageException;
import dev.stockroom.platform.media.UploadedImages.ReencodedImage;

/**
 * A product's image: an upload is checked and re-encoded ({@link UploadedImages}), stored
 * with its thumbnail under generated keys ({@link MediaStorage}), and only then recorded
 * on the product, so a product never points at a file that is not there. The files it
 * replaces are deleted after the change is committed; a failure there leaves an orphan
 * file, never a broken product.
 */
@Service
public class ProductImageService {

	/** Where stored media are served. */
	public static final String MEDIA_PATH = "/media/";

	private static final Logger log = LoggerFactory.getLogger(ProductImageService.class);

	private final ProductRepository products;

	private final MediaStorage storage;

	private final TransactionTemplate transactions;

	private final long maxBytes;

	private final UploadedImages images;

	ProductImageService(ProductRepository products, MediaStorage storage, PlatformTransactionManager transactions,
			RequestLimitProperties limits, UploadedImages images) {
		this.images = images;
		this.products = products;
		this.storage = storage;
		this.transactions = new TransactionTemplate(transactions);
		this.maxBytes = limits.imageBody().toBytes();
	}

	/**
	 * @param productId the product
	 * @return its image, or empty when it has none
	 * @throws ProductNotFoundException when there is no such product
	 */
	public Optional<ProductImageResponse> image(long productId) {
		Product product = this.products.findById(productId).orElseThrow(() -> new ProductNotFoundException(productId));
		return (product.getImageKey() != null)
				? Optional.of(ProductImageResponse.of(product.getImageKey(), product.getThumbnailKey()))
				: Optional.empty();
	}

	/**
	 * Shows an uploaded image on the product, replacing any image it had.
	 * @param productId the product
	 * @param upload the uploaded file's bytes (its name and declared type are not used)
	 * @return where the stored image and thumbnail are served
	 * @throws ProductNotFoundException when there is no such product
	 * @throws InvalidImageException when the file is empty, too large, or not an image
	 * that can be read
	 * @throws BusyException when this instance is processing as many images as it may
	 */
	public ProductImageResponse attach(long productId, byte[] upload) {
		if (!this.products.existsById(productId)) {
			throw new ProductNotFoundException(productId);
		}
		if (upload.length == 0) {
			throw new InvalidImageException("Choose an image file");
		}
		if (upload.length > this.maxBytes) {
			throw new InvalidImageException("The file is larger than " + this.maxBytes / (1024 * 1024) + " MB");
		}
		ReencodedImage image = this.images.reencode(upload);
		String imageKey = MediaKeys.generate(image.extension());
		String thumbnailKey = MediaKeys.generate(image.extension());
		this.storage.put(imageKey, image.image(), image.contentType());
		this.storage.put(thumbnailKey, image.thumbnail(), image.contentType());
		try {
			show(productId, imageKey, thumbnailKey);
		}
		catch (RuntimeException ex) {
			deleteQuietly(List.of(imageKey, thumbnailKey));
			throw ex;
		}
		return ProductImageResponse.of(imageKey, thumbnailKey);
	}

	/**
	 * Removes the product's image, if it has one.
	 * @param productId the product
	 * @throws ProductNotFoundException when there is no such product
	 */
	public void remove(long productId) {
		show(productId, null, null);
	}

	private void show(long productId, String imageKey, String thumbnailKey) {
		List<String> previous = this.transactions.execute((status) -> {
			Product product = this.products.findById(productId)
				.orElseThrow(() -> new ProductNotFoundException(productId));
			List<String> replaced = product.showImage(imageKey, thumbnailKey);
			this.products.saveAndFlush(product);
			return new ArrayList<>(replaced);
		});
		deleteQuietly(previous);
	}

	private void deleteQuietly(List<String> keys) {
		for (String key : keys) {
			try {
				this.storage.delete(key);
			}
			catch (RuntimeException ex) {
				log.warn("Media {} left behind: {}", key, ex.getMessage());
			}
		}
	}

}
