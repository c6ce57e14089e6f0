package dev.stockroom.jobs;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRules;
import dev.stockroom.platform.access.PermissionCode;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The staff pages for background jobs: seeing them needs {@code job.view}; retrying a
 * failed job and running a recurring one now, {@code job.change}; deleting one,
 * {@code job.delete}.
 */
@Component
class JobEndpointRules implements EndpointRules {

	@Override
	public List<EndpointRule> rules() {
		AccessRequirement view = AccessRequirement.permission(PermissionCode.JOB_VIEW);
		AccessRequirement change = AccessRequirement.permission(PermissionCode.JOB_CHANGE);
		return List.of(EndpointRules.page(GET, "/jobs", view), EndpointRules.page(GET, "/jobs/{id}", view),
				EndpointRules.page(POST, "/jobs/{id}/retry", change),
				EndpointRules.page(POST, "/jobs/{id}/delete", AccessRequirement.permission(PermissionCode.JOB_DELETE)),
				EndpointRules.page(POST, "/jobs/recurring/{id}/run", change));
	}

}
