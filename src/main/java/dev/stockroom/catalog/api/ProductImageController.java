package dev.stockroom.catalog.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.catalog.ProductImageService;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.platform.error.BusyException;
import dev.stockroom.platform.media.UploadedImages.ImageTooLargeException;
import dev.stockroom.platform.media.UploadedImages.InvalidImageException;

/**
 * The page that uploads a product's image: a form with one file field; a refused file is
 * shown beside the field, a stored one leads back to the product with a message.
 */
@Controller
class ProductImageController {

	private static final String VIEW = "catalog/product-image";

	private final ProductService products;

	private final ProductImageService images;

	ProductImageController(ProductService products, ProductImageService images) {
		this.products = products;
		this.images = images;
	}

	@GetMapping("/products/{id}/image")
	String form(@PathVariable long id, Model model) {
		return show(id, model, null);
	}

	@PostMapping("/products/{id}/image")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		try {
			this.images.attach(id, (file != null) ? file.getBytes() : new byte[0]);
		}
		catch (InvalidImageException ex) {
			response.setStatus((ex instanceof ImageTooLargeException) ? HttpStatus.UNPROCESSABLE_CONTENT.value()
					: HttpServletResponse.SC_BAD_REQUEST);
			return show(id, model, ex.getMessages().get(0));
		}
		catch (BusyException ex) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.getRetryAfterSeconds()));
			return show(id, model, ex.getMessage());
		}
		redirect.addFlashAttribute("flash", "The image was uploaded.");
		return "redirect:/products/" + id;
	}

	private String show(long id, Model model, String error) {
		model.addAttribute("product", this.products.get(id));
		model.addAttribute("image", this.images.image(id).orElse(null));
		model.addAttribute("error", error);
		return VIEW;
	}

}
