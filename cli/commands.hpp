// SPDX-License-Identifier: MIT
// The subcommands of `savant`: each parses its own options, makes one library
// call and renders the result. Arguments exclude the program and command names.
#pragma once

#include <string>
#include <vector>

namespace savant::cli {

using Args = std::vector<std::string>;

int run_index(const Args& args);
int run_search(const Args& args);
int run_stats(const Args& args);
int run_show(const Args& args);
int run_export(const Args& args);
int run_eval(const Args& args);
/// `savant eval extraction` (run_eval hands it on).
int run_eval_extraction(const Args& args);
int run_similar(const Args& args);
int run_serve(const Args& args);
int run_forget(const Args& args);
int run_unforget(const Args& args);

}  // namespace savant::cli
