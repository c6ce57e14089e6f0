package dev.stockroom.platform.command;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.deploy.DeploymentCheck;

/**
 * {@code check-deploy}: runs every {@link DeploymentCheck} and exits 1 when any finds an
 * unsafe production setting, so that a deployment pipeline can stop before the release.
 * Run it with the production settings: {@code java -jar stockroom.jar check-deploy}.
 */
@Component
public class CheckDeployCommand implements StockroomCommand {

	private final List<DeploymentCheck> checks;

	private final Environment environment;

	public CheckDeployCommand(List<DeploymentCheck> checks, Environment environment) {
		this.checks = checks;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "check-deploy";
	}

	@Override
	public String description() {
		return "list every setting that is unsafe in production; exits 1 if there is any";
	}

	@Override
	public int run(List<String> args) {
		// The findings are the command's output:
		// stdout, read now so a redirect is honoured.
		PrintStream out = System.out;
		List<DeploymentCheck.Finding> findings = findings();
		if (findings.isEmpty()) {
			out.println("Deployment check OK: " + this.checks.size() + " checks found no unsafe setting");
			return 0;
		}
		out.println("Deployment check found " + findings.size() + " unsafe setting(s):");
		findings.forEach((finding) -> out.println("  " + finding));
		return 1;
	}

	public List<DeploymentCheck.Finding> findings() {
		return this.checks.stream()
			.sorted(Comparator.comparing((check) -> check.getClass().getName()))
			.flatMap((check) -> check.check(this.environment).stream())
			.toList();
	}

}
