package io.osmos.modules.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VersionRangesTest {
    @Test
    void aConsumerRangeReadsAsImportPackageWritesIt() {
        assertEquals("[1.0.0,2.0.0)", VersionRanges.fromFilter(
                "(&(osgi.wiring.package=io.osmos.api.hook)(version>=1.0.0)(!(version>=2.0.0)))"));
    }

    @Test
    void aFloorAloneIsAnOpenEndedRange() {
        assertEquals("1.2.0", VersionRanges.fromFilter("(&(osgi.wiring.package=p)(version>=1.2.0))"));
    }

    @Test
    void exclusiveFloorsAndInclusiveCeilingsKeepTheirBrackets() {
        assertEquals("(1.0.0,2.0.0]", VersionRanges.fromFilter(
                "(&(osgi.wiring.package=p)(!(version<=1.0.0))(version<=2.0.0))"));
    }

    @Test
    void noVersionMeansAnyVersion() {
        assertEquals("0.0.0", VersionRanges.fromFilter("(osgi.wiring.package=p)"));
        assertEquals("0.0.0", VersionRanges.fromFilter(null));
    }

    @Test
    void anExactVersionIsAPointRange() {
        assertEquals("[1.0.0,1.0.0]", VersionRanges.fromFilter("(&(osgi.wiring.package=p)(version=1.0.0))"));
    }
}
