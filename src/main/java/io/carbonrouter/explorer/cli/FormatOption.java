package io.carbonrouter.explorer.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.stream.Stream;

/**
 * {@code -f/--format FORMAT}: one of the formats a command writes, given by the command as an enum whose first
 * constant is the default. The help lists the constants in their order ("table, json or csv (default: table)."),
 * and picocli refuses any other value as it refuses a bad enum value anywhere.
 */
@Command
final class FormatOption<F extends Enum<F>> {

    private final Class<F> formats;
    private OptionSpec option;

    FormatOption(Class<F> formats) {
        this.formats = formats;
    }

    @Spec(Spec.Target.MIXEE)
    void declareOn(CommandSpec command) {
        List<String> names = Stream.of(formats.getEnumConstants()).map(Enum::name).toList();
        option = OptionSpec.builder("-f", "--format").paramLabel("FORMAT").type(formats).defaultValue(names.get(0))
                .description(oneOf(names) + " (default: ${DEFAULT-VALUE}).").build();
        command.addOption(option);
    }

    /** The format asked for, or the default. */
    F value() {
        return formats.cast(option.getValue());
    }

    /** "a", "a or b", "a, b or c". */
    static String oneOf(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0)
                : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
    }
}
