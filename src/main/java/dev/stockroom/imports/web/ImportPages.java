package dev.stockroom.imports.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.imports.ImportKind;
import dev.stockroom.imports.ImportService;
import dev.stockroom.imports.ImportStatus;
import dev.stockroom.imports.ImportView;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;

/**
 * The import pages: {@code /imports} lists the user's imports above the upload form;
 * {@code /imports/{id}} shows one: its preview with a field chosen for each column and
 * the rows' problems, then its progress, which reloads itself every two seconds while the
 * import runs (a {@code <meta http-equiv="refresh">}: no script), then its counts and its
 * errors as CSV.
 */
@Controller
class ImportPages {

	static final String PATH = "/imports";

	private final ImportService imports;

	private final CurrentUser currentUser;

	ImportPages(ImportService imports, CurrentUser currentUser) {
		this.imports = imports;
		this.currentUser = currentUser;
	}

	@GetMapping(PATH)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		return list(Math.max(page, 0), model, null, null);
	}

	@PostMapping(PATH)
	String upload(@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) {
		ImportKind importKind = ImportKind.of((kind != null) ? kind : "").orElse(null);
		try {
			if (importKind == null) {
				throw new InvalidFieldException("kind", "Choose what the file imports");
			}
			ImportService.checkAllowed(importKind, this.currentUser.permissions());
			if (file == null || file.isEmpty()) {
				throw new InvalidFieldException("file", "Choose a CSV file");
			}
			ImportView created = this.imports.start(this.currentUser.username(), importKind, file.getOriginalFilename(),
					ImportService.Upload.of(file));
			return "redirect:" + PATH + "/" + created.id();
		}
		catch (InvalidFieldException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return list(0, model, ex.getField(), ex.getMessages().get(0));
		}
	}

	@GetMapping(PATH + "/{id}")
	String detail(@PathVariable long id, Model model) {
		ImportView view = this.imports.get(this.currentUser.username(), id);
		model.addAttribute("upload", view);
		model.addAttribute("fields", fields(view.kind()));
		if (view.status() == ImportStatus.RUNNING) {
			model.addAttribute("refreshSeconds", 2);
		}
		return "imports/detail";
	}

	@PostMapping(PATH + "/{id}/mapping")
	String map(@PathVariable long id, @RequestParam(name = "field", required = false) List<String> fields,
			RedirectAttributes redirect) {
		List<String> mapping = new ArrayList<>();
		(fields != null ? fields : List.<String>of()).forEach((field) -> mapping.add(field.isBlank() ? null : field));
		try {
			this.imports.remap(this.currentUser.username(), id, mapping);
			redirect.addFlashAttribute("flash", "The columns were mapped again; check the preview.");
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessages().get(0));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:" + PATH + "/" + id;
	}

	@PostMapping(PATH + "/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.imports.confirm(this.currentUser.username(), this.currentUser.permissions(), id);
			redirect.addFlashAttribute("flash", "The import started.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:" + PATH + "/" + id;
	}

	@GetMapping(PATH + "/{id}/errors.csv")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		String owner = this.currentUser.username();
		this.imports.get(owner, id);
		ImportService.ERRORS_CSV.write(response, "import-" + id + "-errors.csv",
				(rows) -> this.imports.errors(owner, id, rows));
	}

	private String list(int page, Model model, String errorField, String error) {
		model.addAttribute("page", this.imports.list(this.currentUser.username(), PageRequest.of(page, 20)));
		model.addAttribute("kinds", Arrays.stream(ImportKind.values()).filter(this::allowed).toList());
		model.addAttribute("errorField", errorField);
		model.addAttribute("error", error);
		return "imports/list";
	}

	private boolean allowed(ImportKind kind) {
		try {
			ImportService.checkAllowed(kind, this.currentUser.permissions());
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static List<String> fields(String kind) {
		return ImportKind.of(kind).map(ImportKind::fields).orElse(List.of());
	}

}
