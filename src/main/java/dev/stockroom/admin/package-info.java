/**
 * The admin site, the counterpart of Django's admin: what a module implements to register
 * a model. Each model is one {@link dev.stockroom.admin.ModelAdmin} bean in its own
 * module's {@code admin} package, named and guarded by a
 * {@link dev.stockroom.admin.Registration}, declaring its list columns, filters, search,
 * ordering, bulk {@link dev.stockroom.admin.Action actions}, change form and inlines;
 * generic controllers and templates ({@code web}) serve every model at
 * {@code /admin/{model}}. Reads go through a small JPQL query layer over the entity names
 * the registrations give; writes go through the owning module's service, so that its
 * rules, validation and events apply. Depends on platform only.
 */
package dev.stockroom.admin;
