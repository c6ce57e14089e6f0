from django.urls import include, path
from rest_framework.routers import SimpleRouter

from catalog.views import ProductViewSet

# No trailing slash: the same paths as Stockroom's API, so the same wrk scripts drive both.
router = SimpleRouter(trailing_slash=False)
router.register("products", ProductViewSet, basename="product")

urlpatterns = [path("api/v1/", include(router.urls))]
