package dev.stockroom.catalog.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductDimensionsRepository extends JpaRepository<ProductDimensions, Long> {

}
