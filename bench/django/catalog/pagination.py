from rest_framework.pagination import PageNumberPagination


class SizePagination(PageNumberPagination):
    """?page= (from 1, DRF's way) and ?size=, 20 unless asked, at most 100, as Stockroom."""

    page_size = 20
    page_size_query_param = "size"
    max_page_size = 100
