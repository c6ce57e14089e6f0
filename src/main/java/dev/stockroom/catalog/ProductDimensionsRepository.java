package dev.stockroom.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductDimensionsRepository extends JpaRepository<ProductDimensions, Long> {

}
