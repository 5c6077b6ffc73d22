package org.cortado.conformance;

/** What happened to one program: pass/fail, where it failed, and how long each stage took. */
final class Outcome {

    /** Stages in order; a failed outcome names the one that failed. */
    enum Stage { JAVAC, HOTSPOT, CORTADO, VALIDATE, NODE, COMPARE }

    /** Marks a stage time that was not spent because a cached result was used. */
    static final long CACHED = -2;
    /** Marks a stage that did not run. */
    static final long NOT_RUN = -1;

    final Program program;
    /** The stage in progress, blamed if the harness itself throws. */
    Stage running = Stage.JAVAC;
    Stage failedStage;
    String message;
    Throwable cause;
    long javacMillis = NOT_RUN;
    long hotspotMillis = NOT_RUN;
    long cortadoMillis = NOT_RUN;
    long validateMillis = NOT_RUN;
    long nodeMillis = NOT_RUN;
    long totalMillis;
    long wasmBytes = NOT_RUN;
    long mjsBytes = NOT_RUN;

    Outcome(Program program) {
        this.program = program;
    }

    boolean passed() {
        return failedStage == null;
    }

    Outcome fail(Stage stage, String text) {
        return fail(stage, text, null);
    }

    Outcome fail(Stage stage, String text, Throwable why) {
        this.failedStage = stage;
        this.message = "[" + stage.name().toLowerCase() + "] " + program.id() + ": " + text;
        this.cause = why;
        return this;
    }

    /** Wall time not spent inside the Cortado compiler: javac, HotSpot, validation, Node. */
    long overheadMillis() {
        return totalMillis - Math.max(0, cortadoMillis);
    }

    static String header() {
        return "program\tstatus\tfailed_stage\tcortado_ms\twasm_bytes\tmjs_bytes"
                + "\tjavac_ms\thotspot_ms\tvalidate_ms\tnode_ms\ttotal_ms\toverhead_ms";
    }

    String tsvRow() {
        return String.join("\t", program.id(), passed() ? "pass" : "FAIL",
                passed() ? "" : failedStage.name().toLowerCase(),
                ms(cortadoMillis), ms(wasmBytes), ms(mjsBytes), ms(javacMillis), ms(hotspotMillis),
                ms(validateMillis), ms(nodeMillis), ms(totalMillis), ms(overheadMillis()));
    }

    private static String ms(long value) {
        return value == CACHED ? "cached" : value == NOT_RUN ? "" : Long.toString(value);
    }
}
