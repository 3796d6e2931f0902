package dev.cncfcontrib.dco;

/** One {@code Signed-off-by: name <email>} trailer as a checker extracted it. */
public record SignOff(String name, String email) {

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
