package io.carbonrouter.explorer.simulation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When two flavour names mean the same flavour: the operator names a flavour after its Deployment, so names that
 * differ only by surrounding blanks, letter case or Unicode normalisation would label the same Deployment.
 */
public final class FlavourNames {

    private FlavourNames() {
    }

    /** The name as compared: stripped, NFKC-normalised and case-folded. */
    public static String key(String name) {
        String normal = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC);
        return normal.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
