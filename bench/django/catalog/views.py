from django.db.models import Prefetch
from rest_framework import viewsets

from .models import Product, Tag
from .serializers import ProductSerializer


class ProductViewSet(viewsets.ReadOnlyModelViewSet):
    """GET /api/v1/products (sorted by SKU, as Stockroom's default) and /api/v1/products/{id}."""

    serializer_class = ProductSerializer
    queryset = (
        Product.objects.select_related("category")
        .prefetch_related(Prefetch("tags", queryset=Tag.objects.order_by("name")))
        .order_by("sku")
    )
