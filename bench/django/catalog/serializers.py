from rest_framework import serializers

from .models import Product


class ProductSerializer(serializers.ModelSerializer):
    """The fields of Stockroom's ProductResponse, under the same (camelCase) names."""

    reorderPoint = serializers.IntegerField(source="reorder_point")
    reorderQuantity = serializers.IntegerField(source="reorder_quantity")
    categoryId = serializers.PrimaryKeyRelatedField(source="category", read_only=True)
    tags = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")
    createdAt = serializers.DateTimeField(source="created_at")
    updatedAt = serializers.DateTimeField(source="updated_at")

    class Meta:
        model = Product
        fields = [
            "id", "sku", "name", "description", "unit", "cost", "price", "reorderPoint", "reorderQuantity",
            "active", "barcode", "categoryId", "tags", "version", "createdAt", "updatedAt",
        ]
