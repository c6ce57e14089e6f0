package dev.stockroom.live;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

import dev.stockroom.imports.ImportProgressed;

/**
 * Tells the owner's open pages how far an import got: {@code {"id", "status",
 * "processed", "total", "percent"}} on {@code /user/queue/imports}, after each chunk and
 * when it ends, for the progress bar of the import's page.
 */
@Component
// Not for a command (check-ledger, load-demo-data), which runs without a web server or
// sockets.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ImportProgressUpdates {

	private final LiveRelay relay;

	private final JsonMapper json;

	ImportProgressUpdates(LiveRelay relay, JsonMapper json) {
		this.relay = relay;
		this.json = json;
	}

	@EventListener
	void on(ImportProgressed progressed) {
		AfterCommit.run(() -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("id", progressed.importId());
			body.put("status", progressed.status().name());
			body.put("processed", progressed.processed());
			body.put("total", progressed.total());
			body.put("percent", progressed.percent());
			this.relay.send(LiveMessage.toUser(progressed.owner(), LiveEndpointRules.IMPORTS,
					this.json.writeValueAsString(body)));
		});
	}

}
