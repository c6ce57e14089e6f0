package dev.stockroom.identity.user;

import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import dev.stockroom.identity.UserContact;

/**
 * What a user may tell about themselves beyond the login: a one-to-one (Django's
 * {@code OneToOneField} profile) sharing the user's primary key through {@link MapsId}.
 *
 * <p>
 * Mapped from this side only, like {@code ProductDimensions}: the inverse side of a
 * one-to-one cannot be loaded lazily, so a {@code User.profile} field would cost a query
 * every time a user is loaded (every permission check). The profile is read by user id
 * when a page wants it. The default warehouse belongs to the stock module and is held as
 * an id, not an association, so that identity does not depend on stock.
 */
@Entity
@Table(name = "user_profiles")
public class UserProfile {

	@Id
	@Column(name = "user_id")
	private Long userId;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@Size(max = 40)
	private String phone;

	@Size(max = 100)
	@Column(name = "job_title")
	private String jobTitle;

	@Column(name = "default_warehouse_id")
	private Long defaultWarehouseId;

	@Size(max = 60)
	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "reorder_digest")
	private boolean reorderDigest;

	@Version
	private long version;

	protected UserProfile() {
	}

	public UserProfile(User user) {
		this.user = user;
	}

	public void update(String phone, String jobTitle, Long defaultWarehouseId, String timeZone, boolean reorderDigest) {
		this.phone = blankToNull(phone);
		this.jobTitle = blankToNull(jobTitle);
		this.defaultWarehouseId = defaultWarehouseId;
		this.timeZone = blankToNull(timeZone);
		this.reorderDigest = reorderDigest;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * @return whom the reorder digest goes to, for a profile whose user is loaded
	 */
	public UserContact contact() {
		return new UserContact(this.user.getId(), this.user.getUsername(), this.user.getEmail(),
				this.user.getFullName(), this.timeZone);
	}

	/**
	 * @param permission a permission code, e.g. {@code warehouse.view}
	 * @param everyPermission every code there is, asked for a superuser only
	 * @return whether the profile's (loaded) user holds it
	 */
	public boolean userHolds(String permission, Supplier<? extends Set<String>> everyPermission) {
		return this.user.effectivePermissions(everyPermission).contains(permission);
	}

	Long getUserId() {
		return this.userId;
	}

	User getUser() {
		return this.user;
	}

	String getPhone() {
		return this.phone;
	}

	String getJobTitle() {
		return this.jobTitle;
	}

	Long getDefaultWarehouseId() {
		return this.defaultWarehouseId;
	}

	String getTimeZone() {
		return this.timeZone;
	}

	boolean isReorderDigest() {
		return this.reorderDigest;
	}

	long getVersion() {
		return this.version;
	}

}
