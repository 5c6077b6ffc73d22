import java.util.*;

public class ReflectionBasics {
    interface Shape { }
    static class Circle implements Shape { }
    static final class Square extends Circle { }
    enum Suit { CLUBS, HEARTS { @Override public String toString() { return "hearts!"; } } }
    record R(int x) { }

    public static void main(String[] args) {
        Object[] things = {"s", 1, 2L, 3.0, 'c', true, new int[0], new String[0][0], new Circle(), new Square(), Suit.CLUBS, Suit.HEARTS, new R(1), new ArrayList<>(), new LinkedList<>()};
        for (Object o : things) {
            Class<?> c = o.getClass();
            System.out.println(c.getName() + " | " + c.getSimpleName() + " | array=" + c.isArray() + " enum=" + c.isEnum() + " iface=" + c.isInterface()
                    + " super=" + (c.getSuperclass() == null ? null : c.getSuperclass().getSimpleName()) + " shape=" + Shape.class.isInstance(o));
        }
        System.out.println("class literals " + int.class + " " + int[].class.getName() + " " + void.class.getName() + " " + String[][].class.getSimpleName() + " " + Shape.class);
        System.out.println("primitive " + int.class.isPrimitive() + " " + Integer.class.isPrimitive() + " " + Integer.TYPE + " component " + long[].class.getComponentType() + " " + String[][].class.getComponentType().getName());
        System.out.println("assignable " + Circle.class.isAssignableFrom(Square.class) + " " + Square.class.isAssignableFrom(Circle.class) + " " + Shape.class.isAssignableFrom(Square.class)
                + " " + Object.class.isAssignableFrom(int[].class) + " " + Object[].class.isAssignableFrom(String[].class) + " " + Number.class.isAssignableFrom(Integer.class));
        System.out.println("cast " + CharSequence.class.cast("ok") + " " + Shape.class.cast(null));
        try {
            Integer.class.cast("no");
        } catch (ClassCastException e) {
            System.out.println("cast failed: CCE");
        }
        System.out.println("enum constant body class " + Suit.HEARTS.getClass().getName() + " declaring " + Suit.HEARTS.getDeclaringClass().getName() + " " + Suit.HEARTS + " " + Suit.valueOf("HEARTS").name());
        System.out.println("enum constants " + Arrays.toString(Suit.class.getEnumConstants()) + " " + Enum.valueOf(Suit.class, "CLUBS").ordinal() + " isEnum(body) " + Suit.HEARTS.getClass().isEnum());
        System.out.println("same class " + (new Circle().getClass() == Circle.class) + " " + (new int[1].getClass() == int[].class) + " " + (new ArrayList<String>().getClass() == new ArrayList<Integer>().getClass()));
        System.out.println("package " + String.class.getPackageName() + " [" + Circle.class.getPackageName() + "] type name " + int[][].class.getTypeName() + " " + Circle.class.getTypeName());
        System.out.println("canonical " + Circle.class.getCanonicalName() + " " + String[].class.getCanonicalName() + " anonymous " + new Object() { }.getClass().getCanonicalName());
        System.out.println("record " + R.class.isRecord() + " " + Circle.class.isRecord() + " toString " + Circle.class + " " + Shape.class + " " + int.class + " " + int[].class);
        Map<Class<?>, String> byClass = new LinkedHashMap<>();
        byClass.put(String.class, "string");
        byClass.put(Integer.class, "int");
        byClass.put(int[].class, "int array");
        for (Object o : new Object[] {"x", 5, new int[2], 1.0}) System.out.print(byClass.getOrDefault(o.getClass(), "?") + " ");
        System.out.println();
    }
}
