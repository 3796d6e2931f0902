package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.Identified;

/** Where a checklist step stands: not yet seen, done, skipped on purpose, or kept for later. */
public enum StepStatus implements Identified {
    PENDING("pending"),
    DONE("done"),
    SKIPPED("skipped"),
    LATER("later");

    private final String id;

    StepStatus(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** True when the wizard should still bring the step up. */
    public boolean open() {
        return this == PENDING || this == LATER;
    }
}
