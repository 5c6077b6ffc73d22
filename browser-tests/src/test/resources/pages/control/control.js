// Part of the negative control: one console error the collectors must see.
console.error('cortado control error');
