import java.util.*;

public class PriorityScheduling {
    record Job(int id, int arrival, int burst, int priority) { }

    public static void main(String[] args) {
        Random rnd = new Random(77);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 12; i++) jobs.add(new Job(i, rnd.nextInt(30), 1 + rnd.nextInt(8), rnd.nextInt(4)));
        jobs.sort(Comparator.comparingInt(Job::arrival).thenComparingInt(Job::id));
        jobs.forEach(j -> System.out.println("job " + j));
        for (String policy : List.of("FCFS", "SJF", "PRIORITY")) {
            Comparator<Job> order = switch (policy) {
                case "FCFS" -> Comparator.comparingInt(Job::arrival).thenComparingInt(Job::id);
                case "SJF" -> Comparator.comparingInt(Job::burst).thenComparingInt(Job::arrival).thenComparingInt(Job::id);
                default -> Comparator.comparingInt(Job::priority).thenComparingInt(Job::arrival).thenComparingInt(Job::id);
            };
            PriorityQueue<Job> ready = new PriorityQueue<>(order);
            Deque<Job> pending = new ArrayDeque<>(jobs);
            int time = 0, totalWait = 0;
            StringBuilder gantt = new StringBuilder();
            while (!pending.isEmpty() || !ready.isEmpty()) {
                while (!pending.isEmpty() && pending.peek().arrival() <= time) ready.add(pending.poll());
                if (ready.isEmpty()) { time = pending.peek().arrival(); gantt.append('_'); continue; }
                Job j = ready.poll();
                totalWait += time - j.arrival();
                gantt.append(j.id()).append(':').append(time).append(' ');
                time += j.burst();
            }
            System.out.printf("%-8s end %3d avg wait %.3f  %s%n", policy, time, totalWait / (double) jobs.size(), gantt.toString().trim());
        }
        Deque<Integer> rr = new ArrayDeque<>();
        int[] remaining = jobs.stream().mapToInt(Job::burst).toArray();
        for (int i = 0; i < remaining.length; i++) rr.add(i);
        int quantum = 3, t = 0;
        StringBuilder order = new StringBuilder();
        while (!rr.isEmpty()) {
            int i = rr.poll();
            int run = Math.min(quantum, remaining[i]);
            t += run;
            remaining[i] -= run;
            if (remaining[i] > 0) rr.add(i); else order.append(jobs.get(i).id()).append('@').append(t).append(' ');
        }
        System.out.println("round robin completion " + order.toString().trim());
    }
}
