package dev.stockroom.platform.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the instance that answered, as {@code X-Instance-Id}, where
 * {@code STOCKROOM_INSTANCE_ID} is set: behind a load balancer it shows which instance
 * served a request (the scale-out test counts on it). Without the setting nothing is
 * sent, so a single instance says nothing about its deployment.
 */
public class InstanceIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Instance-Id";

	private final String instanceId;

	InstanceIdFilter(String instanceId) {
		this.instanceId = instanceId;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, this.instanceId);
		chain.doFilter(request, response);
	}

}
