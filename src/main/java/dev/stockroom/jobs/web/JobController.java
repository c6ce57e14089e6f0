package dev.stockroom.jobs.web;

import java.util.Locale;
import java.util.UUID;

import org.jobrunr.jobs.states.StateName;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.jobs.Jobs;
import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.ResourceNotFoundException;
import dev.stockroom.platform.pages.PageLinks;

/**
 * The staff pages for background jobs (what Celery users get from Flower): the jobs in
 * one state, newest change first, with the recurring jobs beneath; a job's detail with
 * its history and last error; retry, delete and "run now". A job's stack trace is shown
 * only to staff: it names the code's classes and lines, which other users have no need to
 * see.
 */
@Controller
class JobController {

	static final int PAGE_SIZE = 20;

	// Failures are what staff come here for.
	private static final StateName DEFAULT_STATE = StateName.FAILED;

	private final JobBoard board;

	private final Jobs jobs;

	JobController(JobBoard board, Jobs jobs) {
		this.board = board;
		this.jobs = jobs;
	}

	@GetMapping("/jobs")
	String list(@RequestParam(required = false) String state, @RequestParam(required = false) String page,
			Model model) {
		StateName shown = state(state);
		model.addAttribute("state", shown);
		model.addAttribute("states", JobBoard.STATES);
		JobBoard.Counts counts = this.board.counts();
		model.addAttribute("counts", counts.byState());
		model.addAttribute("workers", counts.workers());
		model.addAttribute("jobs", this.board.list(shown, PageRequest.of(PageLinks.pageNumber(page), PAGE_SIZE)));
		model.addAttribute("noun", shown.name().toLowerCase(Locale.ROOT) + " jobs");
		model.addAttribute("recurring", this.board.recurring());
		return "jobs/list";
	}

	@GetMapping("/jobs/{id}")
	String detail(@PathVariable String id, Authentication user, Model model) {
		model.addAttribute("job", this.board.find(uuid(id)));
		model.addAttribute("showStackTrace", isStaff(user));
		return "jobs/detail";
	}

	@PostMapping("/jobs/{id}/retry")
	String retry(@PathVariable String id, RedirectAttributes redirect) {
		UUID job = uuid(id);
		try {
			this.board.retry(job);
			redirect.addFlashAttribute("flash", "The job is enqueued again.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/jobs/" + job;
	}

	@PostMapping("/jobs/{id}/delete")
	String delete(@PathVariable String id, Authentication user, RedirectAttributes redirect) {
		UUID job = uuid(id);
		try {
			this.board.delete(job, user.getName());
			redirect.addFlashAttribute("flash", "The job is deleted.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/jobs/" + job;
		}
		return "redirect:/jobs";
	}

	@PostMapping("/jobs/recurring/{id}/run")
	String runNow(@PathVariable String id, RedirectAttributes redirect) {
		UUID job = this.jobs.runNow(id);
		redirect.addFlashAttribute("flash", "The recurring job " + id + " is enqueued to run now.");
		return "redirect:/jobs/" + job;
	}

	// An unknown or mistyped state shows the default list rather than an error.
	static StateName state(String state) {
		if (state == null) {
			return DEFAULT_STATE;
		}
		return JobBoard.STATES.stream()
			.filter((candidate) -> candidate.name().equalsIgnoreCase(state.strip()))
			.findFirst()
			.orElse(DEFAULT_STATE);
	}

	// A path that is no job's id is a job that does not exist: a 404.
	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResourceNotFoundException("Job", id);
		}
	}

	private static boolean isStaff(Authentication user) {
		return user != null && user.getAuthorities()
			.stream()
			.anyMatch((authority) -> AccessRequirement.STAFF_AUTHORITY.equals(authority.getAuthority()));
	}

}
