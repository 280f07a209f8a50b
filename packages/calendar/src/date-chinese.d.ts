// date-chinese ships its types as an ambient module that its `exports` map does not point to
/// <reference path="../node_modules/date-chinese/types/index.d.ts" />
