package dev.stockroom.identity.user;

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

	@Version
	private long version;

	protected UserProfile() {
	}

	public UserProfile(User user) {
		this.user = user;
	}

	public void update(String phone, String jobTitle, Long defaultWarehouseId, String timeZone) {
		this.phone = blankToNull(phone);
		this.jobTitle = blankToNull(jobTitle);
		this.defaultWarehouseId = defaultWarehouseId;
		this.timeZone = blankToNull(timeZone);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
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

	long getVersion() {
		return this.version;
	}

}
