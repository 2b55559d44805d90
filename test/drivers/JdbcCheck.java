import java.math.BigDecimal;
import java.sql.*;
import java.util.*;

/** Reads quantity and quantity_tally columns through the PostgreSQL JDBC driver. */
public class JdbcCheck {
    static int failures = 0;

    static void check(String what, Object got, Object want) {
        boolean same = (got == null) ? want == null
            : (got instanceof BigDecimal && want instanceof BigDecimal)
                ? ((BigDecimal) got).compareTo((BigDecimal) want) == 0 : got.equals(want);
        if (!same) {
            failures++;
            System.out.println("jdbc: " + what + ": got " + got + ", want " + want);
        }
    }

    static BigDecimal dec(String s) { return s == null ? null : new BigDecimal(s); }

    public static void main(String[] args) throws Exception {
        String host = System.getenv().getOrDefault("PGHOST", "localhost");
        if (host.startsWith("/")) host = "localhost";
        String url = "jdbc:postgresql://" + host + ":" + System.getenv().getOrDefault("PGPORT", "5432")
            + "/" + System.getenv("PGDATABASE");
        Object[][] rows = {
            {1, "18.5 kg", "24.2 kg + ~7.2 kg + 2782 tablets", "18.5", null, null, "kg", false, "31.4", "2782",
             "international_mail", "international mail", "국제우편"},
            {2, "2782 tablets", "0.5 L + 30 doses", null, null, "2782", "tablet", false, null, null,
             "express_cargo", "express cargo", "특송화물"},
            {3, "~1.2 lb", "0.45359237 kg", "0.544310844", null, null, "lb", true, "0.45359237", null,
             "traveler", "traveler", "여행자"},
            {4, "500 mL", null, null, "0.5", null, "mL", false, null, null, null, null, null},
        };
        try (Connection c = DriverManager.getConnection(url, System.getenv("PGUSER"), System.getenv("PGPASSWORD"))) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, q, t, r FROM bi_fixture ORDER BY id")) {
                for (Object[] w : rows) {
                    rs.next();
                    check("id", rs.getInt(1), w[0]);
                    check("quantity row " + w[0], rs.getString(2), w[1]);
                    check("tally row " + w[0], rs.getString(3), w[2]);
                    check("route row " + w[0], rs.getString(4), w[10]);
                    check("quantity type name", rs.getMetaData().getColumnTypeName(2), "quantity");
                    check("route type name", rs.getMetaData().getColumnTypeName(4), "route");
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT id, mass_kg, volume_l, items, unit, estimate, tally_mass_kg, tally_tablets, "
                    + "route_en, route_ko FROM bi_fixture_plain ORDER BY id")) {
                for (Object[] w : rows) {
                    rs.next();
                    check("mass_kg row " + w[0], rs.getBigDecimal(2), dec((String) w[3]));
                    check("volume_l row " + w[0], rs.getBigDecimal(3), dec((String) w[4]));
                    check("items row " + w[0], rs.getBigDecimal(4), dec((String) w[5]));
                    check("unit row " + w[0], rs.getString(5), w[6]);
                    check("estimate row " + w[0], rs.getBoolean(6), w[7]);
                    check("tally mass row " + w[0], rs.getBigDecimal(7), dec((String) w[8]));
                    check("tally tablets row " + w[0], rs.getBigDecimal(8), dec((String) w[9]));
                    check("route label en row " + w[0], rs.getString(9), w[11]);
                    check("route label ko row " + w[0], rs.getString(10), w[12]);
                }
            }
            // a quantity bound as a string parameter, compared exactly in the server
            try (PreparedStatement ps = c.prepareStatement("SELECT ?::quantity = '453.59237 g'::quantity")) {
                ps.setString(1, "1 lb");
                try (ResultSet rs = ps.executeQuery()) { rs.next(); check("parameter", rs.getBoolean(1), true); }
            }
        }
        System.out.println("jdbc: " + (failures == 0 ? "ok" : failures + " failures"));
        System.exit(failures == 0 ? 0 : 1);
    }
}
