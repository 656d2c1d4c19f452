#!/usr/bin/perl
# SPDX-License-Identifier: MIT
# Guards the unity build (cmake/SavantUnity.cmake). A unity file compiles several
# sources as one translation unit, so their file-local names (in anonymous
# namespaces, `static`, namespace-scope `const`/`constexpr`) share one scope:
# two `lower` helpers with different parameters become overloads and a call may
# silently pick the other file's, with no error. This lists each source's
# file-local functions, types, aliases, constants and unscoped enumerators and
# fails when two of the given sources (one unity target) define the same name.
#   check_unity_names.pl SOURCE...     exit 1 and one line per clash, else 0
# A reading of C++ good enough for this project's sources: comments, strings and
# preprocessor lines are blanked; braces tell namespaces from everything else.
use strict;
use warnings;

# Blanks comments, string and character literals and preprocessor lines,
# keeping newlines so that line numbers stay right.
sub blank_noise {
  my ($text) = @_;
  my $blank = sub { (my $s = shift) =~ s/[^\n]/ /g; $s };
  $text =~ s{ //[^\n]*
            | /\*.*?\*/
            | \bR"([^()\\\s]{0,16})\(.*?\)\1"
            | "(?:[^"\\\n]|\\.)*"
            | (?<![\w'])'(?:[^'\\\n]|\\.)+'
            }{$blank->($&)}gsex;
  $text =~ s{^[ \t]*\#(?:[^\n]*\\\n)*[^\n]*}{$blank->($&)}gme;
  return $text;
}

# Removes balanced template argument lists and leading attributes.
sub without_templates {
  my ($head) = @_;
  1 while $head =~ s/<[^<>(){};]*>/ /g;
  $head =~ s/\[\[.*?\]\]//g;
  return $head;
}

# The name a namespace-scope declaration (the text before its `;` or `{`)
# declares, or undef (a macro call, an out-of-class member, an operator).
sub declared_name {
  my ($head) = @_;
  $head =~ s/\s+/ /g;
  $head =~ s/^ //;
  $head =~ s/^template ?<.*?> ?(?=[a-z])//;    # leading template<...> of a definition
  $head = without_templates($head);
  return undef if $head =~ /\boperator\b/ || $head =~ /^(?:using namespace|static_assert)\b/;
  return $1 if $head =~ /^(?:using|namespace) (\w+) ?=/;
  return undef if $head =~ /^using\b/;
  if ($head =~ /^(?:(?:static|inline|constexpr) )*(?:class|struct|union|enum(?: class| struct)?) (\w+)(?: final)?(?: ?:[^:].*)? ?$/) {
    return $1;
  }
  my ($prefix) = $head =~ /^([^(=\[]*)/;
  $prefix =~ s/ +$//;
  my @tokens = split / /, $prefix;
  return undef if @tokens < 2;           # SOME_MACRO(...), TEST(...)
  my $last = $tokens[-1];
  $last =~ s/^[*&]+//;
  return undef if $last =~ /::/;         # Type::member defined out of class
  return $last =~ /^[A-Za-z_]\w*$/ ? $last : undef;
}

# Whether a declaration outside any anonymous namespace has internal linkage:
# `static`, or a namespace-scope `const`/`constexpr` variable (not a function).
sub internal_by_keyword {
  my ($head) = @_;
  $head =~ s/^\s*template\s*<.*?>\s*//s;
  return 0 if $head =~ /\b(?:inline|extern)\b/;
  return 1 if $head =~ /^\s*static\b/;
  return $head =~ /^\s*(?:constexpr|const)\b/ && without_templates($head) !~ /^[^=(\[{]*\(/;
}

# An alias (`using T = ...`, `namespace ns = ...`) gives its target, else undef:
# the same alias in two sources means the same thing, so it is no clash.
sub alias_target {
  my ($head) = @_;
  return $head =~ /^\s*(?:using|namespace)\s+\w+\s*=\s*(.*?)\s*$/s ? $1 =~ s/\s+/ /gr : undef;
}

# file_local_names(path) -> ({ name => first line }, { name => alias target or undef })
sub file_local_names {
  my ($path) = @_;
  open my $in, '<', $path or die "check_unity_names: $path: $!\n";
  my $text = blank_noise(do { local $/; <$in> });
  close $in;
  my (%names, %aliases, @scopes);    # scopes: anon | named | enum | other
  my ($head, $head_line, $line) = ('', 1, 1);
  my $at_namespace_scope = sub { !grep { $_ eq 'other' || $_ eq 'enum' } @scopes };
  my $in_anonymous = sub { grep { $_ eq 'anon' } @scopes };
  my $record = sub {
    my ($declaration) = @_;
    return unless $at_namespace_scope->() && $declaration =~ /\S/;
    return unless $in_anonymous->() || internal_by_keyword($declaration);
    my $name = declared_name($declaration);
    return unless defined $name;
    $names{$name} //= $head_line;
    $aliases{$name} = alias_target($declaration);
  };
  for my $piece (split /([{};\n])/, $text) {
    if ($piece eq "\n") {
      ++$line;
      $head .= ' ';
    } elsif ($piece eq '{') {
      if ($head =~ /\bnamespace\s*$/) {
        push @scopes, 'anon';
      } elsif ($head =~ /\bnamespace\s+[\w:]+\s*$/) {
        push @scopes, 'named';
      } elsif ($head =~ /\benum\b(?!\s+(?:class|struct)\b)/ && $at_namespace_scope->()) {
        $record->($head);
        push @scopes, 'enum';
      } else {
        $record->($head);
        push @scopes, 'other';
      }
      $head = '';
    } elsif ($piece eq '}') {
      my $scope = pop @scopes // '';
      if ($scope eq 'enum' && $at_namespace_scope->() && $in_anonymous->()) {
        for my $enumerator (split /,/, $head) {
          $names{$1} //= $head_line if $enumerator =~ /^\s*([A-Za-z_]\w*)/;
        }
      }
      $head = '';
    } elsif ($piece eq ';') {
      $record->($head);
      $head = '';
    } else {
      $head_line = $line if $head !~ /\S/ && $piece =~ /\S/;
      $head .= $piece;
    }
  }
  return (\%names, \%aliases);
}

my (%defined_in, %targets);    # name -> [ "path:line", ... ], name -> { alias target => 1 }
for my $path (@ARGV) {
  next unless $path =~ /\.(?:cpp|cc|cxx)$/;
  my ($names, $aliases) = file_local_names($path);
  for my $name (keys %$names) {
    push @{ $defined_in{$name} }, "$path:$names->{$name}";
    $targets{$name}{ $aliases->{$name} // "\0$path" } = 1;
  }
}
# A clash: a name defined in two sources, unless every one is the same alias.
my @clashes = grep { @{ $defined_in{$_} } > 1 && keys %{ $targets{$_} } > 1 } sort keys %defined_in;
for my $name (@clashes) {
  print "unity clash: '$name' is file-local in ", join(' and ', @{ $defined_in{$name} }), "\n";
}
if (@clashes) {
  print scalar(@clashes), " name(s) defined file-locally in more than one source of one unity\n",
    "target: give each a name unique within the target (docs/reliability.md, Unity build).\n";
  exit 1;
}
exit 0;
