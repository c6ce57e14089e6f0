package dev.stockroom.platform.media;

import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.deploy.DeploymentCheck;

/**
 * With {@code stockroom.media.storage=s3}, the bucket must exist and the credentials must
 * be allowed to use it. Stockroom never creates a bucket: where it lives, who may read
 * it, its encryption and lifecycle rules are the operator's decisions, and a typo in its
 * name would otherwise create a second, empty bucket silently. Asked by
 * {@code check-deploy}, not at start-up, so that an instance still starts while S3 is
 * briefly unreachable.
 */
@Component
class S3BucketDeploymentCheck implements DeploymentCheck {

	private final MediaStorage storage;

	S3BucketDeploymentCheck(MediaStorage storage) {
		this.storage = storage;
	}

	@Override
	public List<Finding> check(Environment environment) {
		if (!(this.storage instanceof S3MediaStorage s3)) {
			return List.of();
		}
		return s3.bucketProblem()
			.map((problem) -> new Finding("stockroom.media.s3.bucket", problem,
					"create the bucket yourself (aws s3 mb s3://" + s3.bucket()
							+ ", or the store's console) and let the credentials get, put and delete objects"
							+ " in it and list it"))
			.stream()
			.toList();
	}

}
