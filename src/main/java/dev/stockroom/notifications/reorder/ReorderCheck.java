package dev.stockroom.notifications.reorder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.catalog.ProductSummary;
import dev.stockroom.identity.UserContact;
import dev.stockroom.identity.UserService;
import dev.stockroom.notifications.NotificationKind;
import dev.stockroom.notifications.Notifications;
import dev.stockroom.platform.SiteProperties;
import dev.stockroom.platform.access.PermissionCode;
import dev.stockroom.stock.ReorderSuggestion;
import dev.stockroom.stock.ReorderSuggestions;
import dev.stockroom.stock.WarehouseResponse;
import dev.stockroom.stock.WarehouseService;

/**
 * The daily reorder check: reads the low stock levels once, then for each user who asked
 * for the digest (and may see stock, {@code warehouse.view}) records the day's digest,
 * makes the notification and sends the mail.
 *
 * <p>
 * Once per user and day however many instances run it, and never twice: the digest row
 * ({@code reorder_digests}, keyed by user and day) and the notification are committed
 * together before the mail is sent, and {@code INSERT ... ON CONFLICT DO NOTHING} lets
 * one transaction only make the row. A second instance running at the same moment waits
 * on the first one's row until it commits, then finds it there and moves on. A crash
 * between the commit and the mail loses that user's mail for the day (the notification
 * stays); sending it twice is the worse failure for a digest people act on.
 *
 * <p>
 * Public, with {@link #run()}, because the job runner calls it by reflection (a recurring
 * job, {@link ReorderCheckSchedule}); nothing outside this module may.
 */
@Component
public class ReorderCheck {

	private static final Logger log = LoggerFactory.getLogger(ReorderCheck.class);

	private final UserService users;

	private final ReorderSuggestions suggestions;

	private final WarehouseService warehouses;

	private final Notifications notifications;

	private final ReorderDigestMail mail;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TransactionTemplate readOnly;

	private final ReorderCheckProperties properties;

	private final SiteProperties site;

	private final Clock clock;

	ReorderCheck(UserService users, ReorderSuggestions suggestions, WarehouseService warehouses,
			Notifications notifications, ReorderDigestMail mail, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, ReorderCheckProperties properties, SiteProperties site,
			Clock clock) {
		this.users = users;
		this.suggestions = suggestions;
		this.warehouses = warehouses;
		this.notifications = notifications;
		this.mail = mail;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.properties = properties;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Runs today's check (the day in {@code stockroom.time-zone}).
	 * @return what it did
	 */
	public Result run() {
		LocalDate day = LocalDate.now(this.clock.withZone(this.site.timeZone()));
		List<UserContact> recipients = this.users.reorderDigestRecipients(PermissionCode.WAREHOUSE_VIEW.code());
		if (recipients.isEmpty()) {
			return new Result(day, 0, 0, 0, 0, 0);
		}
		ReorderDigest digest = this.readOnly.execute((status) -> read(day));
		if (digest.isEmpty()) {
			return new Result(day, recipients.size(), 0, 0, 0, 0);
		}
		int sent = 0;
		int before = 0;
		int failed = 0;
		for (UserContact recipient : recipients) {
			if (!record(recipient, digest)) {
				before++;
				continue;
			}
			try {
				this.mail.send(recipient, digest);
				sent++;
			}
			catch (MailException ex) {
				// Recorded already, so not sent again today: the notification stands in.
				log.warn("Reorder digest for {} not sent: {}", recipient.username(), ex.getMessage());
				failed++;
			}
		}
		Result result = new Result(day, recipients.size(), digest.total(), sent, before, failed);
		log.info("Reorder check: {}", result);
		return result;
	}

	// Commits the day's digest row and the notification together, or neither; true when
	// this call made them.
	private boolean record(UserContact recipient, ReorderDigest digest) {
		Boolean made = this.transactions.execute((status) -> {
			int inserted = this.jdbc.sql("""
					INSERT INTO reorder_digests (user_id, day, levels, created_at) VALUES (?, ?, ?, ?)
					ON CONFLICT (user_id, day) DO NOTHING
					""")
				.params(recipient.id(), digest.day(), (int) Math.min(digest.total(), Integer.MAX_VALUE),
						Timestamp.from(Instant.now(this.clock)))
				.update();
			if (inserted == 0) {
				return false;
			}
			this.notifications.notify(recipient.id(), NotificationKind.LOW_STOCK, digest.title(),
					digest.lines(ReorderDigest.NOTIFICATION_ROWS), ReorderDigest.LINK);
			return true;
		});
		return Boolean.TRUE.equals(made);
	}

	// The stock module's low stock and suggestions (the dashboard's, one definition),
	// then the warehouses' codes in one query for the whole list.
	private ReorderDigest read(LocalDate day) {
		Page<ReorderSuggestion> low = this.suggestions.lowStock(this.properties.maxRows());
		Set<Long> warehouseIds = new HashSet<>();
		low.forEach((suggestion) -> warehouseIds.add(suggestion.level().warehouseId()));
		Map<Long, WarehouseResponse> warehousesById = this.warehouses.byIds(warehouseIds);
		List<ReorderDigest.Row> rows = low.stream().map((suggestion) -> {
			ProductSummary product = suggestion.product();
			long productId = suggestion.level().productId();
			long warehouseId = suggestion.level().warehouseId();
			WarehouseResponse warehouse = warehousesById.get(warehouseId);
			return new ReorderDigest.Row((product != null) ? product.sku() : "#" + productId,
					(product != null) ? product.name() : "", (warehouse != null) ? warehouse.code() : "#" + warehouseId,
					suggestion.level().onHand(), suggestion.level().available(), suggestion.level().reorderPoint(),
					suggestion.suggestedOrder());
		}).toList();
		return new ReorderDigest(day, low.getTotalElements(), rows);
	}

	/**
	 * What one run did.
	 *
	 * @param day the day it ran for
	 * @param recipients how many users asked for the digest (and may see stock)
	 * @param lowLevels how many stock levels were low; none means no digest
	 * @param sent digests mailed by this run
	 * @param sentBefore recipients who had the day's digest already (another run, another
	 * instance)
	 * @param failed digests recorded but not mailed (the mail server refused)
	 */
	public record Result(LocalDate day, int recipients, long lowLevels, int sent, int sentBefore, int failed) {

		@Override
		public String toString() {
			return "reorder check for " + this.day + ": " + this.lowLevels + " low stock level(s); " + this.sent
					+ " digest(s) sent, " + this.sentBefore + " sent already today, " + this.failed + " failed, of "
					+ this.recipients + " recipient(s)";
		}

	}

}
