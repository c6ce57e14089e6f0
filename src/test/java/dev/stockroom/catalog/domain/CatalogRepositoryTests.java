package dev.stockroom.catalog.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;

import dev.stockroom.catalog.Unit;
import dev.stockroom.support.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog's mappings and queries against the real schema. */
@RepositoryTest
class CatalogRepositoryTests {

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	ProductRepository products;

	@Autowired
	CategoryRepository categories;

	@Autowired
	ProductDimensionsRepository dimensions;

	@Test
	void childrenAreReachableFromTheParentThroughTheReverseSide() {
		Category tools = this.categories.save(new Category("Tools " + unique(), null));
		Category saws = new Category("Saws", null);
		saws.moveTo(tools);
		Category drills = new Category("Drills", null);
		drills.moveTo(tools);
		this.categories.saveAll(List.of(saws, drills));
		this.entityManager.flush();
		this.entityManager.clear();

		Category reloaded = this.categories.findById(tools.getId()).orElseThrow();

		assertThat(reloaded.getChildren()).extracting(Category::getName).containsExactlyInAnyOrder("Saws", "Drills");
	}

	@Test
	void subtreeQueryReturnsACategoryAndEveryDescendant() {
		Category root = this.categories.save(new Category("Root " + unique(), null));
		Category child = new Category("Child", null);
		child.moveTo(root);
		Category grandchild = new Category("Grandchild", null);
		grandchild.moveTo(child);
		Category elsewhere = this.categories.save(new Category("Elsewhere " + unique(), null));
		this.categories.saveAll(List.of(child, grandchild));
		this.entityManager.flush();

		assertThat(this.products.findCategorySubtreeIds(root.getId()))
			.containsExactlyInAnyOrder(root.getId(), child.getId(), grandchild.getId())
			.doesNotContain(elsewhere.getId());
	}

	@Test
	void dimensionsShareTheProductsPrimaryKey() {
		Product product = product("DIM-" + unique());
		ProductDimensions measured = new ProductDimensions(product);
		measured.measure(1200, 300, 200, 100);
		this.dimensions.save(measured);
		this.entityManager.flush();
		this.entityManager.clear();

		ProductDimensions reloaded = this.dimensions.findById(product.getId()).orElseThrow();

		assertThat(reloaded.getProductId()).isEqualTo(product.getId());
		assertThat(reloaded.getWeightGrams()).isEqualTo(1200);
	}

	@Test
	void databaseRefusesASecondProductWithTheSameSku() {
		String sku = "DUP-" + unique();
		product(sku);

		assertThatThrownBy(() -> product(sku)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void existsQueriesAnswerWithoutLoadingRows() {
		Category category = this.categories.save(new Category("Filled " + unique(), null));
		Product product = product("EX-" + unique());
		product.placeIn(category);
		this.entityManager.flush();

		assertThat(this.products.existsByCategoryId(category.getId())).isTrue();
		assertThat(this.products.existsBySku(product.getSku())).isTrue();
		assertThat(this.products.existsBySkuAndIdNot(product.getSku(), product.getId())).isFalse();
	}

	private Product product(String sku) {
		Product product = new Product(sku);
		product.describe("Test product", null, Unit.EACH, null);
		product.price(new BigDecimal("1.00"), new BigDecimal("2.00"));
		return this.products.saveAndFlush(product);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
