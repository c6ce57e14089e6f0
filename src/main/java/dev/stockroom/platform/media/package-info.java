/**
 * Uploaded files: the {@code MediaStorage} port with its local-disk and S3 adapters, the
 * {@code /media} endpoint, the checks an uploaded image passes (type, size, pixels), and
 * {@code check-deploy}'s check of the S3 bucket.
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("media")
package dev.stockroom.platform.media;

import org.springframework.modulith.NamedInterface;
