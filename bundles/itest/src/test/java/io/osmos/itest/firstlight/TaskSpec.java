package io.osmos.itest.firstlight;

import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.Resource;

/** A command task as a framework author describes it: an id, a shell command, cpus and mem. */
record TaskSpec(String taskId, String command, double cpus, double mem) {

  /**
   * The offer's unreserved resource of that name, so the task's resource carries the same role and
   * allocation_info (MULTI_ROLE frameworks must echo the allocation role back).
   */
  static Resource offered(Offer offer, String name) {
    return offer.getResourcesList().stream()
        .filter(r -> r.getName().equals(name) && r.hasScalar() && r.getReservationsCount() == 0)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the offer has no unreserved " + name + ": " + offer));
  }

  /** The scalar total of a resource in an offer, 0 when absent. */
  static double total(Offer offer, String name) {
    return offer.getResourcesList().stream()
        .filter(r -> r.getName().equals(name) && r.hasScalar())
        .mapToDouble(r -> r.getScalar().getValue())
        .sum();
  }
}
