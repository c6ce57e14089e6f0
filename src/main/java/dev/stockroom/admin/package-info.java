/**
 * The admin site: the counterpart of Django's admin. Each model is registered by one
 * {@link dev.stockroom.admin.ModelAdmin} bean, which declares its list columns, filters,
 * search, ordering, bulk actions, change form and inlines;
 * {@link dev.stockroom.admin.AdminSite} collects them, and one generic controller with
 * generic templates serves every model at {@code /admin/{model}}. Reads go through a
 * small JPQL query layer over the entity names (constant statements per page); writes go
 * through the owning module's public service, so that its rules, validation and events
 * apply. Depends on catalog, stock, identity and platform; nothing depends on it.
 */
package dev.stockroom.admin;
