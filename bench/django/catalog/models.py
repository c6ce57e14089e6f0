"""Stockroom's catalog tables, as unmanaged models: Django reads them, Flyway owns them."""
from django.db import models


class Category(models.Model):
    id = models.BigIntegerField(primary_key=True)
    name = models.CharField(max_length=100)

    class Meta:
        managed = False
        db_table = "categories"


class Tag(models.Model):
    id = models.BigIntegerField(primary_key=True)
    name = models.CharField(max_length=50)

    class Meta:
        managed = False
        db_table = "tags"


class Product(models.Model):
    id = models.BigIntegerField(primary_key=True)
    sku = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    description = models.CharField(max_length=4000, null=True)
    unit = models.CharField(max_length=16)
    cost = models.DecimalField(max_digits=12, decimal_places=2)
    price = models.DecimalField(max_digits=12, decimal_places=2)
    reorder_point = models.IntegerField()
    reorder_quantity = models.IntegerField()
    active = models.BooleanField()
    barcode = models.CharField(max_length=14, null=True)
    category = models.ForeignKey(Category, null=True, on_delete=models.PROTECT, db_constraint=False)
    # product_tags is only the pair (product_id, tag_id), which is what Django's own
    # through table for a plain many-to-many looks like.
    tags = models.ManyToManyField(Tag, db_table="product_tags")
    version = models.BigIntegerField()
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "products"
