/**
 * The staff pages for background jobs at {@code /jobs}: a list by state with a pager, a
 * job's detail with its error, retry and delete, and the recurring jobs with a "run now"
 * button. They read and change jobs through JobRunr's {@code StorageProvider}, the API
 * its own dashboard uses, behind Stockroom's permission rows ({@code job.view},
 * {@code job.change}, {@code job.delete}).
 */
package dev.stockroom.jobs.web;
