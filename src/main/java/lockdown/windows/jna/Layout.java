package lockdown.windows.jna;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.win32.W32APITypeMapper;

/** A structure whose field offsets the layout tests can read. */
public abstract class Layout extends Structure {

    protected Layout() {
        super(W32APITypeMapper.UNICODE);
    }

    protected Layout(Pointer p) {
        super(p, Structure.ALIGN_DEFAULT, W32APITypeMapper.UNICODE);
    }

    /** The offset of a field in bytes, as JNA lays the structure out on this platform. */
    public int offsetOf(String field) {
        return fieldOffset(field);
    }
}
