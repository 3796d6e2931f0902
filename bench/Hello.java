/** The start-up baseline of bench/startup.sh: the least a Java program can cost on this machine and JDK. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
