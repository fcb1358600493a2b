package lockdown.windows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import lockdown.base.LockdownException;
import lockdown.base.Msg;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads what {@code appcmd ... /xml} prints: sites with their bindings, applications with their
 * pools, virtual directories with their paths, an application pool's identity, and configuration
 * sections (ipSecurity, dynamicIpSecurity, globalModules). Text before the XML (warnings) is
 * skipped; DTDs and external entities are refused.
 */
public final class AppcmdXml {

    private AppcmdXml() {
    }

    /** Site name and its bindings, from {@code list site /xml}. */
    public static Map<String, List<Binding>> sites(byte[] xml) {
        Map<String, List<Binding>> out = new LinkedHashMap<>();
        for (Element e : elements(parse(xml).getDocumentElement(), "SITE")) {
            List<Binding> bindings = new ArrayList<>();
            for (String b : e.getAttribute("bindings").split(",")) {
                if (!b.isBlank()) {
                    bindings.add(binding(b.strip()));
                }
            }
            out.put(e.getAttribute("SITE.NAME"), bindings);
        }
        return out;
    }

    /**
     * "http/*:9998:", "https/[::1]:443:mail.example.com", and the bindings of other protocols kept as
     * they are: "net.tcp/808:*", "net.pipe/*", "net.msmq/localhost", "msmq.formatname/localhost".
     */
    public static Binding binding(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0) {
            return new Binding(text, "");
        }
        return new Binding(text.substring(0, slash), text.substring(slash + 1));
    }

    /**
     * For each site's root application, its pool, from {@code list app /xml}: the one whose path is
     * "/", or, where appcmd prints no path, whose APP.NAME is the site's name and a "/".
     */
    public static Map<String, String> rootPools(byte[] xml) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element e : elements(parse(xml).getDocumentElement(), "APP")) {
            String site = e.getAttribute("SITE.NAME");
            String name = e.getAttribute("APP.NAME");
            boolean root = e.hasAttribute("path") ? "/".equals(e.getAttribute("path"))
                    : name.endsWith("/") && name.indexOf('/') == name.length() - 1;
            if (root) {
                out.put(site.isEmpty() ? name.substring(0, name.length() - 1) : site, e.getAttribute("APPPOOL.NAME"));
            }
        }
        return out;
    }

    /** For each site's root directory ("Site/"), its physical path, from {@code list vdir /xml}. */
    public static Map<String, String> rootPaths(byte[] xml) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element e : elements(parse(xml).getDocumentElement(), "VDIR")) {
            String name = e.getAttribute("VDIR.NAME");
            if (name.endsWith("/") && name.indexOf('/') == name.length() - 1) {
                out.put(name.substring(0, name.length() - 1), e.getAttribute("physicalPath"));
            }
        }
        return out;
    }

    /** The identity of a pool, from {@code list apppool NAME /config /xml}; IIS's default when not set. */
    public static AppPool appPool(String name, byte[] xml) {
        Element pool = elements(parse(xml).getDocumentElement(), "APPPOOL").stream().findFirst()
                .orElseThrow(() -> new LockdownException(Msg.of("windows.no-pool", name)));
        Element model = descendant(pool, "processModel");
        String type = model == null || model.getAttribute("identityType").isEmpty() ? "ApplicationPoolIdentity"
                : model.getAttribute("identityType");
        String user = model == null ? "" : model.getAttribute("userName");
        return new AppPool(pool.getAttribute("APPPOOL.NAME"), type, user);
    }

    /** The names of the modules in {@code system.webServer/globalModules}. */
    public static Set<String> globalModules(byte[] xml) {
        Set<String> out = new HashSet<>();
        Element section = section(xml);
        if (section != null) {
            for (Element add : elements(section, "add")) {
                out.add(add.getAttribute("name"));
            }
        }
        return out;
    }

    /** A site's ipSecurity and dynamicIpSecurity sections, IIS defaults where an attribute is not set. */
    public static IpSecurity ipSecurity(byte[] ipXml, byte[] dynamicXml) {
        IpSecurity d = IpSecurity.defaults();
        boolean allowUnlisted = d.allowUnlisted();
        List<IpSecurity.Entry> entries = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        Element ip = section(ipXml);
        if (ip != null) {
            allowUnlisted = bool(ip, "allowUnlisted", true);
            attributes.putAll(attributes(ip, "allowUnlisted"));
            for (Element add : elements(ip, "add")) {
                entries.add(new IpSecurity.Entry(add.getAttribute("ipAddress"), add.getAttribute("subnetMask"),
                        bool(add, "allowed", false), attributes(add, "ipAddress", "subnetMask", "allowed")));
            }
        }
        boolean rate = d.denyByRequestRate();
        int max = d.maxRequests();
        int interval = d.requestIntervalMs();
        boolean concurrent = d.denyByConcurrentRequests();
        int maxConcurrent = d.maxConcurrentRequests();
        Element dyn = section(dynamicXml);
        if (dyn != null) {
            Element r = descendant(dyn, "denyByRequestRate");
            if (r != null) {
                rate = bool(r, "enabled", false);
                max = number(r, "maxRequests", max);
                interval = number(r, "requestIntervalInMilliseconds", interval);
            }
            Element c = descendant(dyn, "denyByConcurrentRequests");
            if (c != null) {
                concurrent = bool(c, "enabled", false);
                maxConcurrent = number(c, "maxConcurrentRequests", maxConcurrent);
            }
        }
        return new IpSecurity(allowUnlisted, entries, rate, max, interval, concurrent, maxConcurrent, attributes);
    }

    /** An element's attributes but the named ones. */
    private static Map<String, String> attributes(Element e, String... but) {
        Map<String, String> out = new LinkedHashMap<>();
        var all = e.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Node a = all.item(i);
            if (!List.of(but).contains(a.getNodeName())) {
                out.put(a.getNodeName(), a.getNodeValue());
            }
        }
        return out;
    }

    /** The section element inside {@code <CONFIG>}, whatever appcmd named it. */
    private static Element section(byte[] xml) {
        Element config = elements(parse(xml).getDocumentElement(), "CONFIG").stream().findFirst().orElse(null);
        if (config == null) {
            return null;
        }
        for (Node n = config.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static boolean bool(Element e, String attr, boolean dflt) {
        String v = e.getAttribute(attr);
        return v.isEmpty() ? dflt : Boolean.parseBoolean(v.strip());
    }

    private static int number(Element e, String attr, int dflt) {
        String v = e.getAttribute(attr);
        try {
            return v.isEmpty() ? dflt : Integer.parseInt(v.strip());
        } catch (NumberFormatException notANumber) {
            throw new LockdownException(Msg.of("windows.appcmd-bad-xml", attr + "=\"" + v + "\""));
        }
    }

    private static Element descendant(Element root, String name) {
        NodeList l = root.getElementsByTagName(name);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static List<Element> elements(Element root, String name) {
        List<Element> out = new ArrayList<>();
        NodeList l = root.getElementsByTagName(name);
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    /**
     * Parses appcmd's /xml output from its bytes, so the encoding its XML declaration names is the one
     * used (not a guess at the console's code page). Text before the XML (warnings) is skipped.
     */
    public static Document parse(byte[] output) {
        int start = -1;
        for (int i = 0; i < output.length; i++) {
            if (output[i] == '<') {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new LockdownException(Msg.of("windows.appcmd-no-xml"));
        }
        try {
            return builder().parse(new InputSource(new java.io.ByteArrayInputStream(output, start, output.length - start)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new LockdownException(Msg.of("windows.appcmd-bad-xml", e.getMessage()), e);
        }
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        // Errors become the exception parse() turns into our message; nothing is printed to the console.
        b.setErrorHandler(new org.xml.sax.ErrorHandler() {
            @Override
            public void warning(org.xml.sax.SAXParseException e) {
                // a warning does not stop the reading
            }

            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return b;
    }

}
