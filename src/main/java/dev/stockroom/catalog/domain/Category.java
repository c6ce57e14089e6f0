package dev.stockroom.catalog.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.stockroom.catalog.cache.CategoryCacheEviction;
import dev.stockroom.platform.cache.ListTotalsEviction;
import dev.stockroom.platform.jpa.AuditableEntity;

/** A node of the category tree. The tree's one rule, no cycles, is guarded here. */
@Entity
@Table(name = "categories")
@EntityListeners({ CategoryCacheEviction.class, ListTotalsEviction.class })
public class Category extends AuditableEntity {

	@NotBlank
	@Size(max = 100)
	private String name;

	@Size(max = 1000)
	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Category parent;

	// The reverse side of parent (Django's
	// related_name="children"): read-only navigation.
	@OneToMany(mappedBy = "parent")
	private List<Category> children = new ArrayList<>();

	protected Category() {
	}

	public Category(String name, String description) {
		rename(name, description);
	}

	public void rename(String name, String description) {
		this.name = name.strip();
		this.description = description;
	}

	/**
	 * Moves this category under another one (or to the top with {@code null}).
	 * @param newParent the new parent
	 * @throws CategoryCycleException when the new parent is this category or one below it
	 */
	public void moveTo(Category newParent) {
		if (newParent != null && (newParent.equals(this) || newParent.hasAncestor(this))) {
			throw new CategoryCycleException(this, newParent);
		}
		this.parent = newParent;
	}

	boolean hasAncestor(Category candidate) {
		// Through the getter, never ancestor.parent: a lazy parent is a Hibernate proxy
		// whose own fields are always null, so reading the field would stop the walk one
		// level up and let a grandchild become its grandparent's parent.
		for (Category ancestor = this.parent; ancestor != null; ancestor = ancestor.getParent()) {
			if (ancestor.equals(candidate)) {
				return true;
			}
		}
		return false;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public Category getParent() {
		return this.parent;
	}

	List<Category> getChildren() {
		return this.children;
	}

}
