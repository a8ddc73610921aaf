package org.sitrep.read.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit, then cancels the rest of the download: an oversized
 * response costs at most the limit in memory and time, never its full size.
 *
 * <p>A limit of 0 reads nothing, for responses whose body is not wanted (redirects, errors).
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<LimitedBody> {

  private final int limit;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private final CompletableFuture<LimitedBody> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  LimitedBodySubscriber(int limit) {
    this.limit = limit;
  }

  @Override
  public CompletionStage<LimitedBody> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return; // items already in flight when we cancelled
    }
    for (ByteBuffer buffer : buffers) {
      int take = Math.min(buffer.remaining(), limit - received.size());
      byte[] chunk = new byte[take];
      buffer.get(chunk);
      received.writeBytes(chunk);
      if (buffer.hasRemaining()) {
        subscription.cancel();
        result.complete(new LimitedBody(received.toByteArray(), true));
        return;
      }
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(new LimitedBody(received.toByteArray(), false));
  }
}
