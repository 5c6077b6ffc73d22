public class ControlUncaught {
    static int state = 0;

    static int step(int input) {
        switch (state) {
            case 0: state = input > 0 ? 1 : 2; break;
            case 1: state = input % 2 == 0 ? 2 : 3; break;
            case 2: state = input > 5 ? 0 : 3; break;
            case 3: state = input == 4 ? 7 : 1; break;
            default: throw new IllegalStateException("bad state: " + state);
        }
        return state;
    }

    public static void main(String[] args) {
        int[] inputs = {3, 5, 2, 9, 1, 6, 5, 4, 8, 1};
        for (int i = 0; i < inputs.length; i++) {
            int before = state;
            int after = step(inputs[i]);
            System.out.println("step " + i + ": input " + inputs[i] + ", state " + before + " -> " + after);
        }
        System.out.println("unreachable");
    }
}
